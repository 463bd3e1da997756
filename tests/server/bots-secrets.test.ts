import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Decide } from '../../server/room/botDriver';
import { botDecide } from '../../shared/bots';
import type { BotChoice } from '../../shared/bots/types';
import type { RoleId } from '../../shared/model/ids';
import type { ServerMessages } from '../../shared/protocol/messages';
import { bytesContain, oneCard, Player, startTestServer, type TestServer } from './helpers';
import { botTable, TEST_PACE } from './bots-helpers';

// The secret-leak test with bots at the table (see secrets.test.ts): three bots play two rounds
// with two players and a projector. A bot's reason reaches only its audience, a bot's guess
// reaches nobody, and no frame a player or the projector receives holds an interest or a guess
// they may not see — whatever the bots saw and did.

const choices: { seat: number; choice: BotChoice }[] = [];
const recording: Decide = (input) => {
  const choice = botDecide(input);
  if (choice) choices.push({ seat: input.view.seat, choice });
  return choice;
};

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ BOT_PACE_MS: TEST_PACE }, { botDecide: recording });
});
afterAll(async () => {
  await srv?.stop();
});

describe('secrets with bots at the table', () => {
  it('never lets a bot’s reason, guess or anything it saw reach a seat or the projector it does not concern', async () => {
    const bots = [
      { role: 'uwv', personality: 'verbinder' },
      { role: 'welzijn', personality: 'eigenbelang' },
      { role: 'roc', personality: 'voorzichtig' },
    ] as const;
    const { code, players, host } = await botTable(srv, ['bibliotheek', 'gemeente'], [...bots], { rounds: 3 });
    const [, other] = players;
    const projector = await Player.join(srv.sdk(), code, { spectator: true });
    const room = srv.room(code);
    const game = () => room.table.game!;
    const settle = async (what: string) => {
      const n = room.table.recorded;
      await host.until(() => room.bots!.idle || room.table.recorded >= n + 8, what, 15_000);
    };

    await host.host({ kind: 'advance' });
    await Promise.all(players.map((p) => p.until(() => p.view?.phase === 'overleg')));
    // A player's secret shown to one bot only, and offers to bots that they answer.
    const shownToBot = game().partners.bibliotheek!.interests[0];
    await host.ok('action', { action: { type: 'disclose', interestId: shownToBot, to: 'uwv' } });
    const answers = [host.next('botSaid', (m) => m.seat === 2, 10_000), other.next('botSaid', (m) => m.seat === 3, 10_000)];
    await host.ok('action', { action: { type: 'proposeTrade', to: 'uwv', give: oneCard(host.playerView), get: {} } });
    await other.ok('action', { action: { type: 'proposeTrade', to: 'welzijn', give: oneCard(other.playerView), get: {} } });
    await Promise.all(answers);
    await settle('round 1 bots');
    for (let i = 0; i < 4; i++) await host.host({ kind: 'advance' });
    expect(game()).toMatchObject({ round: 2, phase: 'overleg', status: 'playing' });
    await settle('round 2 bots');
    // Every frame sent so far has arrived: a round trip on each connection.
    for (const p of [host, other, projector]) await p.refused('takeBackSeat');
    expect(game().status).toBe('playing');

    const g = game();
    const secrets = new Set<string>();
    for (const r of g.config.roles) for (const id of g.partners[r]!.interests) secrets.add(id);
    for (const byTarget of Object.values(g.guesses)) for (const ids of Object.values(byTarget)) for (const id of ids ?? []) secrets.add(id);
    expect(choices.length).toBeGreaterThan(3);

    const watchers: { p: Player; role: RoleId | null }[] = [
      { p: host, role: 'bibliotheek' },
      { p: other, role: 'gemeente' },
      { p: projector, role: null },
    ];
    for (const { p, role } of watchers) {
      const who = role ?? 'the projector';
      const allowed = new Set<string>(role ? g.partners[role]!.interests : []);
      for (const d of g.disclosures) if (d.to === 'all' || (role && d.to === role)) allowed.add(d.interestId);
      for (const id of secrets) {
        if (allowed.has(id)) continue;
        expect(p.raw.filter((bytes) => bytesContain(bytes, id)).length, `${id} reached ${who}`).toBe(0);
      }
      // Each reason it heard was public or concerned its own role; it never heard of a guess.
      const said = p.messages.filter((m) => m.type === 'botSaid').map((m) => m.msg as ServerMessages['botSaid']);
      for (const m of said) {
        expect(m.action).not.toBe('guess');
        const made = choices.filter((c) => c.seat === m.seat && c.choice.action.type === m.action && c.choice.reason.nl === m.reason.nl);
        expect(made.length, `a choice for ${JSON.stringify(m)}`).toBeGreaterThan(0);
        expect(made.some((c) => c.choice.audience === 'all' || c.choice.audience === role), `${m.action} by seat ${m.seat} reached ${who}`).toBe(true);
      }
    }
    // The answers did reach the players they concern, and the filter is not just silence.
    expect(host.messages.some((m) => m.type === 'botSaid' && (m.msg as ServerMessages['botSaid']).seat === 2)).toBe(true);
    const privateOnes = choices.filter((c) => c.choice.audience !== 'all' && c.choice.action.type !== 'guess');
    expect(privateOnes.length).toBeGreaterThan(0);
    // The bibliotheek's interest shown to uwv only stays between them.
    expect(host.raw.some((b) => bytesContain(b, shownToBot))).toBe(true);
    if (!g.disclosures.some((d) => d.interestId === shownToBot && d.to !== 'uwv')) {
      expect(other.raw.some((b) => bytesContain(b, shownToBot))).toBe(false);
      expect(projector.raw.some((b) => bytesContain(b, shownToBot))).toBe(false);
    }
  });
});
