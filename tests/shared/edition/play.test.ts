import { describe, expect, it } from 'vitest';
import { roleTables, runMakeup } from '../../../shared/bots/balance';
import { reasonsFor } from '../../../shared/bots/reasons';
import { playGame } from '../../../shared/bots/simulate';
import { cardsFor, cardsOf, CONTENT, registerEdition } from '../../../shared/content';
import { balanceReport, balanceWork } from '../../../shared/edition/balance';
import { setField } from '../../../shared/edition/edit';
import { playedContent, standardEdition } from '../../../shared/edition/standard';
import { createGame, defaultConfig, replay } from '../../../shared/rules';
import { playerView } from '../../../shared/view';

// A game plays the cards of its edition (config.edition, by hash): setup, rules, views and bots read
// them; the balance check gives the figures of `npm run simulate` for the standard edition.

const ROLES4 = ['bibliotheek', 'gemeente', 'uwv', 'welzijn'] as const;

function dalfsen() {
  const std = standardEdition();
  const g = std.content.roles.findIndex((r) => r.id === 'gemeente');
  let e = setField(std, 'roles', g, ['name', 'nl'], 'Gemeente Dalfsen');
  e = setField(e, 'roles', g, ['hand', 'budget'], 7);
  const ev = e.content.events.findIndex((x) => x.id === 'e-zestien-procent');
  e = setField(e, 'events', ev, ['text', 'nl'], 'In Dalfsen was 14% laaggeletterd, tegen 11% landelijk.');
  registerEdition(e.hash, playedContent(e));
  return e;
}

describe('a game with an edition', () => {
  it('deals, plays and shows the edition’s cards; the standard game is unchanged', () => {
    const e = dalfsen();
    const s = createGame(defaultConfig([...ROLES4], { edition: e.hash }), 7);
    const plain = createGame(defaultConfig([...ROLES4]), 7);
    expect(s.partners.gemeente!.hand.budget).toBe(7);
    expect(plain.partners.gemeente!.hand.budget).toBe(CONTENT.roles.find((r) => r.id === 'gemeente')!.hand.budget);
    expect(cardsOf(s).eventCard('e-zestien-procent').text.nl).toMatch(/Dalfsen was 14%/);
    expect(cardsOf(plain).eventCard('e-zestien-procent').text.nl).toMatch(/Heerlen/);
    expect(playerView(s, 0).edition).toBe(e.hash);
    expect(playerView(plain, 0).edition ?? null).toBe(null);
    expect(reasonsFor(cardsFor(e.hash)).guess('gemeente').nl).toMatch(/Gemeente Dalfsen/);
  });

  it('a whole game with bots runs on the edition and its record replays to the same end', () => {
    const e = dalfsen();
    const game = playGame(defaultConfig([...ROLES4], { edition: e.hash }), 11, ['verbinder', 'verbinder', 'eigenbelang', 'verbinder']);
    expect(game.state.status).toBe('ended');
    const again = replay({ config: game.state.config, seed: 11, actions: game.actions });
    expect(again.result).toEqual(game.state.result);
  });

  it('refuses to start a game whose edition is not loaded, saying so', () => {
    expect(() => createGame(defaultConfig([...ROLES4], { edition: 'f'.repeat(64) }), 1)).toThrow(/edition not loaded/);
  });
});

describe('the balance check', () => {
  it('gives the standard edition the figures of npm run simulate on the same seeds, with progress', () => {
    const games = 3;
    const seen: number[] = [];
    const report = balanceReport(standardEdition(), { seats: [4], games }, (done, total) => {
      seen.push(done);
      expect(total).toBe(balanceWork({ seats: [4], games }));
    });
    expect(seen.at(-1)).toBe(balanceWork({ seats: [4], games }));
    const [row] = report.rows;
    expect(row.verbinderWin).toBe(runMakeup(Array(4).fill('verbinder'), games).winRate);
    expect(row.eigenbelangWin).toBe(runMakeup(Array(4).fill('eigenbelang'), games).winRate);
    expect(row.targetAfterRound1).toBe(runMakeup(Array(4).fill('verbinder'), games).targetAfterRound1Rate);
    const t = roleTables(4, 'roc', games, 1, undefined);
    expect(row.dilemma.find((d) => d.role === 'roc')).toMatchObject({ loneDefector: t.dilemma.loneDefector, verbinder: t.dilemma.verbinder });
    expect(report.verdicts.map((v) => v.key).sort()).toEqual(['cards', 'dilemma', 'eigenbelang', 'gemeente', 'round1', 'verbinders']);
    for (const v of report.verdicts) expect(v.nl.length * v.en.length).toBeGreaterThan(0);
  });
});
