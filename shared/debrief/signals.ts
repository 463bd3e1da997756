import type { Cards } from '../content';
import { total } from '../model/bag';
import type { Locale, RoleId } from '../model/ids';
import type { GameState } from '../rules/types';
import { clamp, factsOf } from './facts';
import { LESSON_RULES } from './lessons';
import { personasOf } from './personas';
import { playersOf } from './players';
import { renderFinding } from './render';
import { SPREAD_THIN } from './rules-people';
import type { Finding, Figures, GuessesDebrief, PartnerInterests } from './types';
import { seatsSorted } from './walk';
import { LogFold } from './fold';

// What the facilitator's console says during play: a few short signals worth saying aloud, each
// pointing at the lesson the debrief will draw from it. Two sources: the debrief's own lesson rules,
// run on the game so far, and a few forward-looking checks (a risk that can still be turned round).
// Only facts the whole table can see are used — the pledges, projects, residents, gifts and who
// traded with whom — never a hand, an interest or a guess: a facilitator says these aloud.

/** Lesson rules that read only public facts (a rule reading hands, interests or guesses is left out). */
export const LIVE_RULES: readonly string[] = [
  'gemeente-absent',
  'no-gemeente',
  'lost-without-handover',
  'held-on',
  'outsider',
  'dense-network',
  'signpost',
  'nothing-completed',
  'slow-start',
  'kept-going',
  'narrow-reach',
  'domains-reached',
  'bold-gifts',
];

export interface Signal {
  id: string;
  lessonId: string;
  tone: 'good' | 'gap';
  strength: number;
  text: Record<Locale, string>;
}

const SHOW = 4;

/** A signal that may be shown: its text is written once it is chosen (`shown`). */
interface Candidate extends Omit<Signal, 'text'> {
  finding: Pick<Finding, 'template' | 'figures'>;
  cards?: Cards;
}

function signal(id: string, lessonId: string, tone: Signal['tone'], strength: number, template: Finding['template'], figures: Figures, cards?: Cards): Candidate {
  return { id, lessonId, tone, strength, finding: { template, figures }, cards };
}

function shown({ id, lessonId, tone, strength, finding, cards }: Candidate): Signal {
  return { id, lessonId, tone, strength, text: { nl: renderFinding(finding, 'nl', cards), en: renderFinding(finding, 'en', cards) } };
}

/** Checks about what can still change this round. */
function ahead(s: GameState): Candidate[] {
  const out: Candidate[] = [];
  const roles = s.config.roles;
  const inProject = (r: RoleId) =>
    s.projects.completed.some((c) => Object.keys(c.contributions).includes(r)) || s.projects.table.some((id) => total(s.pledges[id]?.[r] ?? {}) > 0);
  if (roles.includes('gemeente') && !inProject('gemeente') && (s.round > 1 || s.phase !== 'gebeurtenis')) {
    out.push(
      signal('live-gemeente-outside', 'l-politiek', 'gap', 0.8, { nl: 'De gemeente zit nog in geen enkel project.', en: 'The gemeente is not in any project yet.' }, {}),
    );
  }
  const loose = Object.values(s.personas).filter((p) => p.status === 'reached');
  if (loose.length > 0) {
    out.push(
      signal(
        'live-no-handover',
        'l-hou-vast',
        'gap',
        Math.min(1, 0.5 + 0.1 * loose.length),
        { nl: '{n} inwoners bereikt zonder warme overdracht: ze kunnen nog afhaken.', en: '{n} residents reached without a warm handover: they may still drop out.' },
        { n: loose.length },
      ),
    );
  }
  const open = s.disclosures.some((d) => d.to === 'all');
  if (!open && s.round >= 2) {
    out.push(
      signal('live-cards-closed', 'l-vertrouwen', 'gap', 0.55, { nl: 'Nog niemand legde een belang open op tafel.', en: 'Nobody has put an interest on the table for all yet.' }, {}),
    );
  }
  const half = s.projects.table.filter((id) => Object.keys(s.pledges[id] ?? {}).length > 0);
  if (half.length >= SPREAD_THIN && s.phase === 'overleg') {
    out.push(
      signal(
        'live-spread-thin',
        'l-energieke-partners',
        'gap',
        0.5,
        { nl: '{n} projecten zijn half gevuld: kiezen jullie samen waar je op inzet?', en: '{n} projects are half filled: will you choose together where to put your cards?' },
        { n: half.length },
      ),
    );
  }
  return out;
}

const LIVE = LESSON_RULES.filter((r) => LIVE_RULES.includes(r.id));

/**
 * The lesson rules' facts as the whole table knows them during play: no partner's interests and no
 * guesses go in (the live rules never read them), so the console cannot say what is secret, and
 * the signals cost a few sums over the log, not the whole debrief, every second of every table.
 */
function publicFacts(s: GameState, fold: LogFold) {
  const seats = seatsSorted(fold.seats);
  const interests: PartnerInterests[] = s.config.roles.map((role) => ({ role, seats: seats.get(role) ?? [], interests: [] }));
  const guesses: GuessesDebrief = { cells: [], totals: [] };
  const personas = personasOf(s, fold);
  const network = fold.network();
  return factsOf(s, { interests, personas, network, players: playersOf(s, interests, fold), guesses }, fold);
}

/**
 * The signals for the console, strongest first, one per lesson. `fold`: the room's fold of the
 * game's log (fold.ts), kept from call to call so each reads only the entries added since.
 */
export function liveSignals(s: GameState, fold: LogFold = new LogFold()): Signal[] {
  if (s.status !== 'playing') return [];
  const facts = publicFacts(s, fold.of(s));
  const lessons: Candidate[] = [];
  for (const rule of LIVE) {
    const hit = rule.read(facts);
    if (hit) lessons.push(signal(rule.id, rule.lessonId, rule.tone, clamp(hit.strength), rule.template, hit.figures, facts.cards));
  }
  const all = [...ahead(s), ...lessons].sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
  const out: Candidate[] = [];
  for (const x of all) if (!out.some((o) => o.lessonId === x.lessonId) && out.length < SHOW) out.push(x);
  // (Only the signals shown are written out, in both languages.)
  return out.map(shown);
}
