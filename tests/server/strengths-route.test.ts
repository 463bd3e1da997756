import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleCard } from '../../shared/content';
import { RESOURCES_DATA } from '../../shared/content/data/resources';
import { RESOURCES, type RoleId } from '../../shared/model/ids';
import { settings, startTestServer, table, type TestServer } from './helpers';

// The krachtenanalyse travels home with the samenwerkingsafspraak: a team game over real sockets,
// ended, and the debrief route hands every player both documents, in Dutch and English.

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv?.stop();
});

const ROLES: RoleId[] = ['bibliotheek', 'gemeente', 'uwv'];

describe('the krachtenanalyse from a team game', () => {
  it('comes with the agreement, prefilled with the partners the team played and what they gave', async () => {
    const { players, host, code } = await table(srv, ROLES, { settings: settings({ roles: ROLES }) });
    await host.host({ kind: 'advance' });
    await players[1].until(() => players[1].playerView.phase === 'overleg', 'overleg');
    // A kind the gemeente holds that the round's event did not freeze (the seed is the server's own).
    const view = players[1].playerView;
    const r = RESOURCES.find((x) => (view.hand[x] ?? 0) > 0 && !view.modifiers.frozen.includes(x));
    expect(r).toBeDefined();
    const name = RESOURCES_DATA.find((x) => x.id === r)!.name;
    await players[1].ok('action', { action: { type: 'gift', to: 'bibliotheek', resources: { [r!]: 1 } } });
    await host.host({ kind: 'end' });
    await Promise.all(players.map((p) => p.until(() => p.view?.status === 'ended', 'ended')));

    const res = await fetch(`${srv.url}/api/games/${code}/debrief`, { headers: { authorization: `Bearer ${players[2].welcome!.seatToken!}` } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      agreement: string;
      strengths: string;
      strengthsEn: string;
      strengthsView: Record<'nl' | 'en', { rows: { role: string; gets: string }[]; weigh: string[][] }>;
      practices: { lesson: string; place: string }[];
      debrief: { lessons: { shown: { lessonId: string }[] } };
    };
    expect(body.agreement).toContain('samenwerkingsafspraak');
    expect(body.strengths).toContain('# Krachtenanalyse en afwegingstabel');
    expect(body.strengthsEn).toContain('# Strengths analysis and weighing table');
    // The form for the team's own partners: one row per role played, the real partner left blank.
    for (const r of ROLES) {
      expect(body.strengths).toContain(`| ${roleCard(r).name.nl} | |`);
      expect(body.strengthsEn).toContain(`| ${roleCard(r).name.en} | |`);
    }
    // What the gemeente gave the Bibliotheek, seen from the receiving side.
    expect(body.strengths).toMatch(new RegExp(`\\| Bibliotheek \\(Taalhuis\\) \\|[^\\n]*van partners: 1× ${name.nl}`));
    expect(body.strengthsEn).toContain(`from partners: 1× ${name.en}`);
    // The same as text for the screen, in both languages, and the practice of every lesson shown.
    for (const l of ['nl', 'en'] as const) {
      expect(body.strengthsView[l].rows.map((r) => r.role)).toEqual(ROLES);
      expect(body.strengthsView[l].weigh).toHaveLength(9);
    }
    expect(body.strengthsView.nl.rows[0].gets).toContain(`van partners: 1× ${name.nl}`);
    for (const f of body.debrief.lessons.shown) expect(body.practices.some((p) => p.lesson === f.lessonId), f.lessonId).toBe(true);
    for (const p of players) await p.leave();
  });
});
