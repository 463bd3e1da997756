import { CONTENT } from '../../shared/content';
import { RESOURCES, type Bag, type ResourceId, type RoleId } from '../../shared/model/ids';

// Small readers over the card data, shared by the content tests.

export const { roles, projects, interests, personas, events, lessons } = CONTENT;
export const role = (id: RoleId) => roles.find((r) => r.id === id)!;
export const total = (bag: Bag) => Object.values(bag).reduce((a, b) => a + (b ?? 0), 0);
export const kinds = (bag: Bag) => (Object.keys(bag) as ResourceId[]).filter((r) => (bag[r] ?? 0) > 0);
export const covers = (have: Bag, need: Bag) => RESOURCES.every((r) => (have[r] ?? 0) >= (need[r] ?? 0));
export const sum = (bags: Bag[]) => {
  const out: Bag = {};
  for (const b of bags) for (const r of RESOURCES) out[r] = (out[r] ?? 0) + (b[r] ?? 0);
  return out;
};
/** Whether the role has the resource now or will receive it as income. */
export const owns = (id: RoleId, r: ResourceId) => (role(id).hand[r] ?? 0) > 0 || (role(id).income[r] ?? 0) > 0;

/** Every {nl, en} text in a value, with a path for the failure message. */
export function texts(value: unknown, path = ''): { path: string; nl: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.nl === 'string' && typeof o.en === 'string') return [{ path, nl: o.nl, en: o.en }];
    return Object.entries(o).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  }
  return [];
}
