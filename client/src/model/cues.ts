import type { ResourceId, RoleId } from '../../../shared/model/ids';
import type { LogEntry } from '../../../shared/rules/types';
import { bagEntries } from './bag';

// What the table should make felt when new log entries arrive: cards flying between places, a
// project celebrating, an offer arriving. Anchors name places on screen; the UI resolves them.

export type Anchor = 'hand' | 'bank' | `partner:${RoleId}` | `project:${string}`;

export type Cue =
  | { kind: 'fly'; from: Anchor; to: Anchor; resource: ResourceId; count: number }
  | { kind: 'celebrate'; projectId: string; partners: readonly RoleId[]; mine: boolean }
  | { kind: 'offer'; from: RoleId; offerId: string }
  | { kind: 'tradeDone'; with: RoleId }
  | { kind: 'gift'; from: RoleId; resources: Partial<Record<ResourceId, number>> };

export function roleAnchor(role: RoleId, me: RoleId | null): Anchor {
  return role === me ? 'hand' : `partner:${role}`;
}

export function cuesFrom(entries: readonly LogEntry[], me: RoleId | null): Cue[] {
  const out: Cue[] = [];
  const fly = (from: Anchor, to: Anchor, bag: Partial<Record<ResourceId, number>>) => {
    for (const e of bagEntries(bag)) out.push({ kind: 'fly', from, to, resource: e.resource, count: e.count });
  };
  for (const e of entries) {
    switch (e.t) {
      case 'trade':
        fly(roleAnchor(e.from, me), roleAnchor(e.to, me), e.give);
        fly(roleAnchor(e.to, me), roleAnchor(e.from, me), e.get);
        if (e.from === me || e.to === me) out.push({ kind: 'tradeDone', with: e.from === me ? e.to : e.from });
        break;
      case 'gift':
        fly(roleAnchor(e.from, me), roleAnchor(e.to, me), e.resources);
        if (e.to === me) out.push({ kind: 'gift', from: e.from, resources: e.resources });
        break;
      case 'pledge':
        fly(roleAnchor(e.role, me), `project:${e.projectId}`, e.resources);
        break;
      case 'unpledge':
        fly(`project:${e.projectId}`, roleAnchor(e.role, me), e.resources);
        break;
      case 'income':
      case 'gain':
        fly('bank', roleAnchor(e.role, me), e.resources);
        break;
      case 'lose':
        fly(roleAnchor(e.role, me), 'bank', e.resources);
        break;
      case 'offer':
        if (e.offer.to === me) out.push({ kind: 'offer', from: e.offer.from, offerId: e.offer.id });
        break;
      case 'completed':
        out.push({ kind: 'celebrate', projectId: e.projectId, partners: e.partners, mine: me !== null && e.partners.includes(me) });
        break;
      default:
        break;
    }
  }
  return out;
}
