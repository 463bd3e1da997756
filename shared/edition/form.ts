import type { z } from 'zod';
import {
  DomainSchema,
  EventSchema,
  InterestSchema,
  LessonSchema,
  PersonaSchema,
  ProjectSchema,
  ResourceSchema,
  RoleSchema,
  type Content,
} from '../content/schema';
import { DOMAINS, RESOURCES, ROLES } from '../model/ids';
import { problemOf, type Problem } from './check';

// The editor's form model: a card as a list of fields, and the fields back as a card. Pure, so the
// browser's editor and the tests share it. Every field is checked by the card's own schema (the one
// the game loads its content with): `fieldProblems` sets the value and names the issues at that field.
//
// What a facilitator may change: every text, every number, and the choices (a resource, a domain, a
// partner) inside rules and effects. What stays: ids, where a card comes from, and the kind of an
// interest's rule or an event's effect (a new kind would be a new rule of the game).

export type EditableKind = keyof Content;
export const EDITABLE_KINDS: readonly EditableKind[] = ['roles', 'projects', 'events', 'personas', 'interests', 'lessons', 'resources', 'domains'];

export type Path = readonly (string | number)[];

export type Field =
  | { type: 'text'; path: Path; value: string; max: number; long: boolean }
  | { type: 'number'; path: Path; value: number | null; min: number; max: number; optional: boolean }
  | { type: 'choice'; path: Path; value: string; options: readonly string[] }
  | { type: 'choices'; path: Path; value: readonly string[]; options: readonly string[] };

export const CARD_SCHEMAS: Record<EditableKind, z.ZodType> = {
  roles: RoleSchema,
  projects: ProjectSchema,
  events: EventSchema,
  personas: PersonaSchema,
  interests: InterestSchema,
  lessons: LessonSchema,
  resources: ResourceSchema,
  domains: DomainSchema,
};

/** Keys a facilitator does not change. */
const FIXED = new Set(['id', 'source', 'kind']);
/** Texts shown on small cards (names, titles): short. */
const SHORT = new Set(['name', 'title', 'heading', 'place']);
/** Bounds of numbers by their key (the schema checks them again). */
const BOUNDS: Record<string, [number, number]> = {
  minPartners: [1, 6],
  reach: [1, 4],
  points: [1, 3],
  age: [16, 99],
  amount: [1, 10],
  count: [1, 12],
  min: [1, 12],
  used: [1, 6],
  projects: [2, 12],
  extra: [0, 6],
};
/** Bags of resources: one number per resource, 0 meaning none. */
const BAGS = new Set(['hand', 'income', 'needs']);
/** Optional numbers an interest rule may leave out. */
const OPTIONAL_NUMBERS = new Set(['count', 'used', 'min']);

function optionsOf(key: string): readonly string[] | null {
  if (key === 'resource') return RESOURCES;
  if (key === 'domain') return DOMAINS;
  if (key === 'role') return ROLES;
  return null;
}

/** The fields of one card, in the order they are shown. */
export function formOf(card: unknown): Field[] {
  const fields: Field[] = [];
  walk(card, [], fields);
  return fields;
}

function walk(value: unknown, path: (string | number)[], out: Field[]): void {
  const key = String(path.at(-1) ?? '');
  if (FIXED.has(key)) return;
  if (BAGS.has(key) && value && typeof value === 'object') {
    for (const r of RESOURCES) {
      const n = (value as Record<string, number | undefined>)[r];
      out.push({ type: 'number', path: [...path, r], value: n ?? 0, min: 0, max: 20, optional: false });
    }
    return;
  }
  if (key === 'at' && value && typeof value === 'object') {
    for (const seats of ['3', '4', '5', '6', '7', '8']) {
      const n = (value as Record<string, number | undefined>)[seats];
      out.push({ type: 'number', path: [...path, seats], value: n ?? null, min: 1, max: 12, optional: true });
    }
    return;
  }
  if (typeof value === 'string') {
    const options = optionsOf(key);
    if (options) out.push({ type: 'choice', path, value, options });
    else {
      const parent = String(path.at(-2) ?? '');
      const short = SHORT.has(key) || SHORT.has(parent) || (key === 'name' && path.length === 1);
      out.push({ type: 'text', path, value, max: short ? (key === 'name' && path.length === 1 ? 40 : 60) : 320, long: !short });
    }
    return;
  }
  if (typeof value === 'number') {
    const [min, max] = BOUNDS[key] ?? [0, 20];
    out.push({ type: 'number', path, value, min, max, optional: OPTIONAL_NUMBERS.has(key) });
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      const options = key === 'domains' ? DOMAINS : key === 'roles' ? ROLES : null;
      if (options) {
        out.push({ type: 'choices', path, value: value as string[], options });
        return;
      }
    }
    value.forEach((v, i) => walk(v, [...path, i], out));
    return;
  }
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
}

/** The card with one field's value set (a copy; the card is not changed). A number of 0 in a bag, or an empty optional number, leaves the key out. */
export function withField(card: unknown, path: Path, value: Field['value']): unknown {
  const copy = structuredClone(card) as Record<string | number, unknown>;
  let node = copy;
  for (const step of path.slice(0, -1)) {
    if (node[step] === undefined || node[step] === null) node[step] = {};
    node = node[step] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  const parent = String(path.at(-2) ?? '');
  const drop = value === null || (value === 0 && BAGS.has(parent));
  if (drop) delete node[last];
  else node[last] = Array.isArray(value) ? [...value] : value;
  return copy;
}

/** A card rebuilt from its fields (as the editor holds them). */
export function cardFrom(card: unknown, fields: readonly Field[]): unknown {
  let out = card;
  for (const f of fields) out = withField(out, f.path, f.value);
  return out;
}

/** The schema's issues at one field of a card, after setting it to `value`. Empty when it is fine. */
export function fieldProblems(kind: EditableKind, card: unknown, path: Path, value: Field['value']): Problem[] {
  const result = CARD_SCHEMAS[kind].safeParse(withField(card, path, value));
  if (result.success) return [];
  const at = path.join('.');
  return result.error.issues.map(problemOf).filter((p) => p.path === at || p.path.startsWith(`${at}.`));
}
