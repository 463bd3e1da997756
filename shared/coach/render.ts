import { cardsFor, type Cards } from '../content';
import { ROLES, type Locale, type RoleId, type Text } from '../model/ids';
import type { CoachDecision, CoachFigure, CoachFigures, Effect } from './types';

// The coach's sentences in one language: templates filled with names, and the measured change said
// plainly ("+1,2 inwoners aan boord").

// Names come from `k`, the cards of the game the coach looked at (cardsOf(record); default: the standard edition).
const STANDARD = cardsFor(null);

function name(id: string, l: Locale, k: Cards): string {
  if (id.startsWith('r:')) return k.content.resources.find((r) => r.id === id.slice(2))?.name[l] ?? id;
  if ((ROLES as readonly string[]).includes(id)) return k.roleCard(id as RoleId).name[l];
  const domain = k.content.domains.find((d) => d.id === id);
  if (domain) return domain.name[l].toLowerCase();
  if (id.startsWith('p-')) return k.projectCard(id).name[l];
  if (id.startsWith('pe-')) return k.personaCard(id).name;
  if (id.startsWith('i-')) return k.interestCard(id).title[l];
  return id;
}

function figure(value: CoachFigure, l: Locale, k: Cards): string {
  if (value === null) return '–';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return name(value, l, k);
  if (value.length === 0) return '–';
  // A list of cards reads as counts: "2× Budget en 1× Bereik".
  const counts = new Map<string, number>();
  for (const v of value) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  const parts = [...counts].map(([v, n]) => (n > 1 ? `${n}× ${name(v, l, k)}` : name(v, l, k)));
  if (parts.length === 1) return parts[0];
  return `${parts.slice(0, -1).join(', ')} ${l === 'nl' ? 'en' : 'and'} ${parts[parts.length - 1]}`;
}

export function fill(template: Text, figures: CoachFigures, l: Locale, k: Cards = STANDARD): string {
  return template[l].replace(/\{(\w+)\}/g, (whole, key: string) => (key in figures ? figure(figures[key], l, k) : whole));
}

function signed(x: number, l: Locale): string {
  const s = (Math.round(x * 10) / 10).toFixed(1);
  const n = l === 'nl' ? s.replace('.', ',') : s;
  return x > 0.05 ? `+${n}` : x < -0.05 ? n : '0';
}

/** The measured change in one sentence. */
export function effectText(e: Effect, l: Locale): string {
  const runs = e.seeds.length;
  if (l === 'nl') {
    return `Met de andere keuze, gemiddeld over ${runs} keer verder spelen met bots: ${signed(e.onBoard, l)} inwoners aan boord, ${signed(e.projects, l)} projecten af, ${signed(e.points, l)} punten voor jou.`;
  }
  return `With the other choice, on average over ${runs} replays with bots playing on: ${signed(e.onBoard, l)} residents on board, ${signed(e.projects, l)} projects finished, ${signed(e.points, l)} points for you.`;
}

export interface CoachLines {
  choice: string;
  next: string;
  instead: string;
  effect: string;
}

/** How the other choice is put, by what the replays say of it. */
const VERDICT = {
  nl: { better: 'Probeer eens', worse: 'Je keuze pakte hier goed uit. De andere keuze', same: 'Het maakte weinig uit. De andere keuze' },
  en: { better: 'Try instead', worse: 'Your choice worked out well here. The other choice', same: 'It made little difference. The other choice' },
} as const;

export function coachLines(d: CoachDecision, l: Locale, k: Cards = STANDARD): CoachLines {
  return {
    choice: fill(d.texts.choice, d.figures, l, k),
    next: fill(d.texts.next, d.figures, l, k),
    instead: `${VERDICT[l][d.verdict]}: ${fill(d.texts.instead, d.figures, l, k)}`,
    effect: effectText(d.effect, l),
  };
}

const HEAD = {
  nl: { title: '## Je coach: de keuzes die er het meest toe deden', none: 'In dit spel vond de coach geen keuze om opnieuw te bekijken.', then: 'Wat er gebeurde' },
  en: { title: '## Your coach: the choices that mattered most', none: 'The coach found no choice in this game to look at again.', then: 'What happened' },
} as const;

/** The coach as markdown, for a report or a plain-text screen. */
export function renderCoach(decisions: readonly CoachDecision[], l: Locale, k: Cards = STANDARD): string {
  const w = HEAD[l];
  if (decisions.length === 0) return `${w.title}\n\n${w.none}\n`;
  const parts = decisions.map((d, i) => {
    const x = coachLines(d, l, k);
    return `${i + 1}. **${x.choice}**\n   ${w.then}: ${x.next}\n   ${x.instead}\n   ${x.effect}`;
  });
  return `${w.title}\n\n${parts.join('\n\n')}\n`;
}
