import { registerEdition } from '../content';
import { ROLES, type RoleId } from '../model/ids';
import { roleTables, roleWorth, runMakeup } from '../bots/balance';
import type { SimPlayer } from '../bots/simulate';
import type { Edition } from './format';
import { playedContent } from './standard';

// The balance check of an edition: the figures `npm run simulate` gives for the standard edition, on
// the edition's own cards, each marked as keeping or breaking the game's lesson. The marks are the
// project's own balance tests (tests/shared/balance): a table of Verbinders reaches the target in at
// least 8 of 10 games and one of Eigen belang in at most 1 of 10; the target is rarely reached after
// round 1 (working together takes time); every role scores more as a lone Eigen belang than as a
// Verbinder (the dilemma); no interest card is free or impossible; leaving out the gemeente costs a
// team most. It warns; it never blocks: the facilitator decides.

export interface BalanceRow {
  seats: number;
  verbinderWin: number;
  eigenbelangWin: number;
  /** How often a table of Verbinders already had the target after round 1. */
  targetAfterRound1: number;
  dilemma: { role: RoleId; loneDefector: number; verbinder: number; ok: boolean }[];
  cards: { id: string; verbinder: number; eigenbelang: number; idle: number; band: 'low' | 'ok' | 'high' }[];
  absentCost: { role: RoleId; cost: number }[];
}

export interface BalanceVerdict {
  key: 'verbinders' | 'eigenbelang' | 'round1' | 'dilemma' | 'cards' | 'gemeente';
  seats: number;
  ok: boolean;
  nl: string;
  en: string;
}

export interface BalanceReport {
  rows: BalanceRow[];
  verdicts: BalanceVerdict[];
}

export interface BalanceOptions {
  /** Table sizes to check (3–8). */
  seats: number[];
  /** Games per make-up, per role and per way of playing (more: slower and steadier). */
  games: number;
  /** First seed (the figures are those of `npm run simulate` with the same seeds). */
  seed?: number;
}

const WIN_AT_LEAST = 0.8;
const SELFISH_AT_MOST = 0.1;
const ROUND1_AT_MOST = 0.2;

/** Simulated games a report plays, for a progress bar. */
export function balanceWork(opts: BalanceOptions): number {
  // Two make-ups, three ways of playing each role, four tables per role for what it is worth.
  return opts.seats.length * opts.games * (2 + ROLES.length * 3 + ROLES.length * 4);
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

export function balanceReport(edition: Edition, opts: BalanceOptions, onProgress?: (done: number, total: number) => void): BalanceReport {
  const hash = edition.hash;
  registerEdition(hash, playedContent(edition));
  const seed0 = opts.seed ?? 1;
  const total = balanceWork(opts);
  let done = 0;
  const tick = (games: number) => onProgress?.((done += games), total);
  const rows: BalanceRow[] = [];
  for (const seats of opts.seats) {
    const all = (p: SimPlayer): SimPlayer[] => Array(seats).fill(p);
    const verbinder = runMakeup(all('verbinder'), opts.games, seed0, hash);
    tick(opts.games);
    const eigenbelang = runMakeup(all('eigenbelang'), opts.games, seed0, hash);
    tick(opts.games);
    const dilemma: BalanceRow['dilemma'] = [];
    const cards: BalanceRow['cards'] = [];
    for (const role of ROLES) {
      const t = roleTables(seats, role, opts.games, seed0, undefined, hash);
      tick(opts.games * 3);
      dilemma.push({ ...t.dilemma, ok: t.dilemma.loneDefector > t.dilemma.verbinder });
      for (const c of t.cards) {
        const best = Math.max(c.verbinder, c.eigenbelang);
        const band = best < 0.2 ? 'low' : best > 0.85 || c.idle > 0.25 ? 'high' : 'ok';
        cards.push({ id: c.id, verbinder: c.verbinder, eigenbelang: c.eigenbelang, idle: c.idle, band });
      }
    }
    const worth = roleWorth(seats, opts.games, seed0, hash);
    tick(opts.games * ROLES.length * 4);
    rows.push({
      seats,
      verbinderWin: verbinder.winRate,
      eigenbelangWin: eigenbelang.winRate,
      targetAfterRound1: verbinder.targetAfterRound1Rate,
      dilemma,
      cards,
      absentCost: worth.map((w) => ({ role: w.role, cost: w.cost })),
    });
  }
  return { rows, verdicts: rows.flatMap((r) => verdictsOf(r, edition)) };
}

function verdictsOf(r: BalanceRow, edition: Edition): BalanceVerdict[] {
  const s = r.seats;
  const name = (role: RoleId, l: 'nl' | 'en') => edition.content.roles.find((x) => x.id === role)?.name[l] ?? role;
  const names = (roles: RoleId[], l: 'nl' | 'en') => roles.map((x) => name(x, l)).join(', ');
  const noDilemma = r.dilemma.filter((d) => !d.ok).map((d) => d.role);
  const offCards = r.cards.filter((c) => c.band !== 'ok').map((c) => c.id);
  const gemeente = r.absentCost.find((w) => w.role === 'gemeente')?.cost ?? 0;
  const top = [...r.absentCost].sort((a, b) => b.cost - a.cost)[0];
  return [
    {
      key: 'verbinders',
      seats: s,
      ok: r.verbinderWin >= WIN_AT_LEAST,
      nl: `Samenwerkers halen het doel in ${pct(r.verbinderWin)} van de spellen (nodig: minstens ${pct(WIN_AT_LEAST)}).`,
      en: `Collaborators reach the target in ${pct(r.verbinderWin)} of games (needed: at least ${pct(WIN_AT_LEAST)}).`,
    },
    {
      key: 'eigenbelang',
      seats: s,
      ok: r.eigenbelangWin <= SELFISH_AT_MOST,
      nl: `Een tafel die alleen aan zichzelf denkt haalt het doel in ${pct(r.eigenbelangWin)} (hoogstens ${pct(SELFISH_AT_MOST)}).`,
      en: `A table where everyone minds only itself reaches the target in ${pct(r.eigenbelangWin)} (at most ${pct(SELFISH_AT_MOST)}).`,
    },
    {
      key: 'round1',
      seats: s,
      ok: r.targetAfterRound1 <= ROUND1_AT_MOST,
      nl: `Het doel is na ronde 1 al gehaald in ${pct(r.targetAfterRound1)} (hoogstens ${pct(ROUND1_AT_MOST)}: samenwerken kost tijd).`,
      en: `The target is already reached after round 1 in ${pct(r.targetAfterRound1)} (at most ${pct(ROUND1_AT_MOST)}: working together takes time).`,
    },
    {
      key: 'dilemma',
      seats: s,
      ok: noDilemma.length === 0,
      nl: noDilemma.length ? `Geen dilemma voor: ${names(noDilemma, 'nl')} (eigen belang levert daar niet meer op).` : 'Voor elke partner loont eigen belang een beetje: het dilemma blijft.',
      en: noDilemma.length ? `No dilemma for: ${names(noDilemma, 'en')} (self-interest does not pay more there).` : 'For every partner self-interest pays a little: the dilemma holds.',
    },
    {
      key: 'cards',
      seats: s,
      ok: offCards.length === 0,
      nl: offCards.length ? `Belangkaarten te makkelijk of te moeilijk: ${offCards.join(', ')}.` : 'Elke belangkaart is haalbaar en niet gratis.',
      en: offCards.length ? `Interest cards too easy or too hard: ${offCards.join(', ')}.` : 'Every interest card is reachable and not free.',
    },
    {
      key: 'gemeente',
      seats: s,
      ok: top?.role === 'gemeente' && gemeente > 0,
      nl: `Zonder ${name('gemeente', 'nl')} wint een tafel ${pct(gemeente)} minder vaak${top && top.role !== 'gemeente' ? `; zonder ${name(top.role, 'nl')} mist een tafel het meest` : ''}.`,
      en: `Without ${name('gemeente', 'en')} a table wins ${pct(gemeente)} less often${top && top.role !== 'gemeente' ? `; without ${name(top.role, 'en')} a table misses most` : ''}.`,
    },
  ];
}
