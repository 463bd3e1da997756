import type { Content } from '../content/schema';
import { CARD_KINDS, type CardKind, type Edition } from './format';
import { withField, type EditableKind, type Field, type Path } from './form';
import { makeEdition } from './standard';

// Changes to an edition, as the editor makes them: each returns a new edition (the one given is not
// changed) with its hash recomputed. Roles, resources, domains and lessons can be rewritten but not
// added or removed (the rules and the debrief know each of them); projects, interests, residents and
// events can also be added, removed, and switched off.

const PREFIX: Record<CardKind, string> = { projects: 'p', interests: 'i', personas: 'pe', events: 'e' };

function rebuilt(edition: Edition, content: Content, off = edition.off): Edition {
  return makeEdition(content, off, edition.name, edition.place);
}

export function setName(edition: Edition, name: string, place?: string): Edition {
  return makeEdition(edition.content, edition.off, name, place);
}

export function setField(edition: Edition, kind: EditableKind, index: number, path: Path, value: Field['value']): Edition {
  const cards = edition.content[kind] as unknown[];
  if (!(index in cards)) throw new RangeError(`no card ${kind}[${index}]`);
  const next = cards.slice();
  next[index] = withField(cards[index], path, value);
  return rebuilt(edition, { ...edition.content, [kind]: next });
}

export function isCardKind(kind: EditableKind): kind is CardKind {
  return (CARD_KINDS as readonly string[]).includes(kind);
}

/** A new card of this kind: a copy of `from` (by default the first of its kind) with its own id, marked as the edition's own. */
export function addCard(edition: Edition, kind: CardKind, from = 0): Edition {
  const cards = edition.content[kind] as { id: string; source: { seed: string; passage: string } }[];
  const ids = new Set(cards.map((c) => c.id));
  let n = 1;
  while (ids.has(`${PREFIX[kind]}-eigen-${n}`)) n++;
  const card = { ...structuredClone(cards[from]), id: `${PREFIX[kind]}-eigen-${n}`, source: { seed: 'eigen', passage: edition.place || edition.name } };
  return rebuilt(edition, { ...edition.content, [kind]: [...cards, card] });
}

export function removeCard(edition: Edition, kind: CardKind, id: string): Edition {
  const cards = (edition.content[kind] as { id: string }[]).filter((c) => c.id !== id);
  const off = { ...edition.off, [kind]: edition.off[kind].filter((x) => x !== id) };
  return rebuilt(edition, { ...edition.content, [kind]: cards }, off);
}

export function setOff(edition: Edition, kind: CardKind, id: string, off: boolean): Edition {
  const rest = edition.off[kind].filter((x) => x !== id);
  return rebuilt(edition, edition.content, { ...edition.off, [kind]: off ? [...rest, id] : rest });
}
