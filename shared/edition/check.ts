import type { z } from 'zod';
import type { Content } from '../content/schema';
import { MAX_SEATS, ROLES } from '../model/ids';
import { PERSONAS_BY_SEATS } from '../rules/config';
import { CONTENT } from '../content';
import { CARD_KINDS, EDITION_MAX_BYTES, EditionSchema, type Edition } from './format';
import { editionHash } from './hash';
import { playedContent } from './standard';

// Whether an edition can be played, with every problem named by its field. An edition is untrusted
// input (a file from anyone), so this runs on every upload, on the server before a room uses it, and
// in the editor beside each field. The schemas are the game's own (content/schema.ts); the checks
// below them are what the schemas cannot see: ids that must be unique or must stay, cards a game
// needs enough of, and a project nobody could ever pay for.

export interface Problem {
  /** The field, as a path into the edition file: `content.projects.3.name.nl`. */
  path: string;
  nl: string;
  en: string;
}

export type EditionCheck =
  | { ok: true; edition: Edition; /** The file's hash did not match its cards (it was edited outside the editor). */ rehashed: boolean }
  | { ok: false; problems: Problem[] };

/** Interest cards a partner needs at any table: the most a game deals (config: interestsPerSeat ≤ 3). */
const INTERESTS_PER_ROLE = 3;
const MIN_PROJECTS = 16;
const MIN_EVENTS = 10;

/** Check an edition file's text (as uploaded). */
export function checkEditionText(text: string): EditionCheck {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > EDITION_MAX_BYTES) {
    const kb = Math.round(EDITION_MAX_BYTES / 1000);
    return fail('', `Het bestand is te groot (meer dan ${kb} kB).`, `The file is too large (more than ${kb} kB).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('', 'Dit is geen editiebestand (geen geldige JSON).', 'This is not an edition file (not valid JSON).');
  }
  return checkEdition(raw);
}

/** Check an edition already read as data. */
export function checkEdition(raw: unknown): EditionCheck {
  const parsed = EditionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 50).map(problemOf) };
  const edition = parsed.data;
  const problems = [...contentProblems(edition)];
  if (problems.length) return { ok: false, problems };
  const hash = editionHash(edition.content, edition.off);
  return { ok: true, edition: { ...edition, hash }, rehashed: hash !== edition.hash };
}

function fail(path: string, nl: string, en: string): EditionCheck {
  return { ok: false, problems: [{ path, nl, en }] };
}

function* contentProblems(edition: Edition): Generator<Problem> {
  const c = edition.content;
  for (const kind of ['roles', 'projects', 'interests', 'personas', 'events', 'lessons', 'resources', 'domains'] as const) {
    const seen = new Set<string>();
    for (const [i, card] of (c[kind] as readonly { id: string }[]).entries()) {
      if (seen.has(card.id))
        yield at(`content.${kind}.${i}.id`, `Deze code komt twee keer voor: ${card.id}.`, `This id appears twice: ${card.id}.`);
      seen.add(card.id);
    }
  }
  for (const role of ROLES)
    if (!c.roles.some((r) => r.id === role))
      yield at('content.roles', `De partner ${role} ontbreekt: elke partner blijft in het spel (je mag hem een andere naam geven).`, `The partner ${role} is missing: every partner stays in the game (you may rename it).`);
  const standardLessons = new Set(CONTENT.lessons.map((l) => l.id));
  const lessons = new Set(c.lessons.map((l) => l.id));
  if (lessons.size !== standardLessons.size || [...standardLessons].some((id) => !lessons.has(id)))
    yield at('content.lessons', 'De lessen kun je herschrijven, niet toevoegen of weghalen: het nagesprek gebruikt ze allemaal.', 'Lessons can be rewritten, not added or removed: the debrief uses all of them.');
  for (const kind of CARD_KINDS) {
    const ids = new Set((c[kind] as readonly { id: string }[]).map((x) => x.id));
    for (const [i, id] of edition.off[kind].entries())
      if (!ids.has(id)) yield at(`off.${kind}.${i}`, `Uitgezette kaart bestaat niet: ${id}.`, `A card switched off does not exist: ${id}.`);
  }
  yield* playable(playedContent(edition));
}

/** What a game needs of the cards that are on. */
function* playable(c: Content): Generator<Problem> {
  if (c.projects.length < MIN_PROJECTS)
    yield at('content.projects', `Er zijn ${c.projects.length} projecten aan; een spel heeft er minstens ${MIN_PROJECTS} nodig.`, `${c.projects.length} projects are on; a game needs at least ${MIN_PROJECTS}.`);
  const personas = PERSONAS_BY_SEATS[MAX_SEATS];
  if (c.personas.length < personas)
    yield at('content.personas', `Er zijn ${c.personas.length} inwoners aan; een tafel van ${MAX_SEATS} heeft er ${personas} nodig.`, `${c.personas.length} residents are on; a table of ${MAX_SEATS} needs ${personas}.`);
  if (c.events.length < MIN_EVENTS)
    yield at('content.events', `Er zijn ${c.events.length} gebeurtenissen aan; een spel heeft er minstens ${MIN_EVENTS} nodig.`, `${c.events.length} events are on; a game needs at least ${MIN_EVENTS}.`);
  for (const role of c.roles) {
    const own = c.interests.filter((i) => i.role === role.id && i.rule.kind !== 'projectWith').length;
    if (own < INTERESTS_PER_ROLE)
      yield at('content.interests', `${role.name.nl} heeft ${own} belangkaarten die aan elke tafel kunnen; nodig zijn er ${INTERESTS_PER_ROLE}.`, `${role.name.en} has ${own} interest cards that fit every table; ${INTERESTS_PER_ROLE} are needed.`);
  }
  const held = new Set([
    ...c.roles.flatMap((r) => [...Object.keys(r.hand), ...Object.keys(r.income)]),
    ...c.events.flatMap((e) => e.effects.flatMap((f) => (f.kind === 'gain' ? [f.resource] : []))),
  ]);
  for (const [i, p] of c.projects.entries())
    for (const [r, n] of Object.entries(p.needs))
      if (n && !held.has(r))
        yield at(`content.projects.${i}.needs.${r}`, `Geen partner heeft ${r} en geen gebeurtenis geeft het: dit project kan nooit af.`, `No partner has ${r} and no event gives it: this project can never be carried out.`);
  for (const [i, card] of c.interests.entries())
    if (card.rule.kind === 'projectWith' && card.rule.role === card.role)
      yield at(`content.interests.${i}.rule.role`, 'Een belang kan niet over samenwerken met jezelf gaan.', 'An interest cannot be about working with yourself.');
}

function at(path: string, nl: string, en: string): Problem {
  return { path, nl, en };
}

/** A schema issue as a problem in both languages. */
export function problemOf(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_big':
      return at(path, `Te lang of te groot (hoogstens ${String(issue.maximum)}).`, `Too long or too large (at most ${String(issue.maximum)}).`);
    case 'too_small':
      return at(path, `Te kort of te klein (minstens ${String(issue.minimum)}).`, `Too short or too small (at least ${String(issue.minimum)}).`);
    case 'invalid_type':
      return at(path, `Verkeerd soort waarde (verwacht: ${issue.expected}).`, `Wrong kind of value (expected: ${issue.expected}).`);
    case 'unrecognized_keys':
      return at(path, `Onbekend veld: ${issue.keys.join(', ')}.`, `Unknown field: ${issue.keys.join(', ')}.`);
    case 'invalid_value':
      return at(path, 'Deze waarde is niet toegestaan.', 'This value is not allowed.');
    case 'invalid_format':
      return at(path, 'Deze code heeft niet de goede vorm.', 'This id does not have the right form.');
    case 'custom':
      if (issue.message === 'no-markup')
        return at(path, 'Tekst mag geen opmaakcode (zoals <script>) bevatten.', 'Text may not contain markup (such as <script>).');
      return at(path, issue.message, issue.message);
    default:
      return at(path, 'Deze waarde klopt niet.', 'This value is not valid.');
  }
}
