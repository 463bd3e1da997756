import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers';
import { EventClient } from './event-helpers';

// A person types a training day's code into the start screen's join box: the code is no room's, so
// the client asks whether it is a day's and goes to the day's page (client/src/app/controller.ts).

let srv: TestServer | null = null;
afterEach(async () => {
  await srv?.stop();
  srv = null;
});

describe('a training day’s code typed into the join box', () => {
  it('is recognised as a day’s (where to go), in any case; another code is not', async () => {
    srv = await startTestServer();
    const fac = await EventClient.create(srv.sdk());
    const res = await fetch(`${srv.url}/api/events/${fac.code.toLowerCase()}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: fac.code, href: `/?event=${fac.code}` });
    expect((await fetch(`${srv.url}/api/events/ZZZZ22`)).status).toBe(404);
    // The start screen's question after a failed join: "no" is an answer, not an error.
    expect(await fetch(`${srv.url}/api/events/ZZZZ22?lookup`).then((r) => r.json())).toEqual({ code: 'ZZZZ22', href: null });
    expect(await fetch(`${srv.url}/api/events/${fac.code}?lookup`).then((r) => r.json())).toEqual({ code: fac.code, href: `/?event=${fac.code}` });
    expect((await fetch(`${srv.url}/api/events/not-a-code`)).status).toBe(404);
  });
});
