import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveProof } from '../../shared/protocol/proof';
import { refusal, startTestServer, type TestServer } from './helpers';
import { EventClient } from './event-helpers';

// A training day at a venue where everyone shares one address: once that address is busy (a
// script guessing codes), a newcomer's phone is asked for a proof of work, and gets into the event
// with it, as for a table. Before, the event's join options had no place for the proof.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

const VENUE = '192.0.2.45';
const sha256 = async (s: string): Promise<Uint8Array> => createHash('sha256').update(s).digest();
let n = 0;
const cookie = (): string => `eventguess${String(++n).padStart(10, '0')}`;

describe('an event behind a busy address', () => {
  it('asks a newcomer for a proof of work and lets them in with it', async () => {
    const fac = await EventClient.create(srv.sdk());
    const letters = 'ABCDEFGHJKMNPQRSTUVWXYZ';
    for (let i = 0; i < 110; i++) {
      await refusal(srv.sdk(VENUE, cookie()).joinById(`Q${letters[i % 23]}${letters[Math.floor(i / 23) % 23]}QQQ`, { protocol: 2, name: 'Eve' }));
    }
    const asked = await refusal(srv.sdk(VENUE, cookie()).joinById(fac.code, { protocol: 2, event: true, name: 'Nieuw' }));
    expect(asked.code).toBe('proof_needed');
    const proof = await solveProof(fac.code, asked.reason, sha256);
    const phone = await EventClient.join(srv.sdk(VENUE, cookie()), fac.code, { name: 'Nieuw', proof });
    expect(phone.welcome!.participantToken).toBeTruthy();
    await phone.until((c) => c.placed !== null, 'placed');
    // A made-up proof is asked again.
    expect((await refusal(srv.sdk(VENUE, cookie()).joinById(fac.code, { protocol: 2, event: true, name: 'X', proof: 'nonsense' }))).code).toBe('proof_needed');
  }, 60_000);
});
