import type { Locale } from '../../../shared/model/ids';
import { translate } from '../i18n';
import { formatBag } from '../model/bag';
import * as cards from '../model/cards';
import type { Cue } from '../model/cues';
import { resourceIcon, roleIcon } from '../components/icons';
import type { Toast } from '../state/state';

// What a cue says in words, with an icon: the toast that makes a new offer, a finished trade, a gift
// or a completed project noticed without reading the log (and without seeing the animation).

export function cueToast(c: Cue): Omit<Toast, 'id'> | null {
  const role = (r: Parameters<typeof cards.roleName>[0], locale: Locale) => cards.roleName(r, locale);
  switch (c.kind) {
    case 'offer':
      return { text: (l) => translate(l, 'newOffer', { role: role(c.from, l) }), icon: roleIcon(c.from), kind: 'offer', offerId: c.offerId };
    case 'celebrate':
      return { text: (l) => translate(l, 'projectDone', { project: cards.projectName(c.projectId, l) }), icon: '', kind: 'project' };
    case 'tradeDone':
      return { text: (l) => translate(l, 'tradeDone', { role: role(c.with, l) }), icon: roleIcon(c.with), kind: 'trade' };
    case 'gift': {
      const first = Object.keys(c.resources)[0] as Parameters<typeof resourceIcon>[0] | undefined;
      return { text: (l) => translate(l, 'giftReceived', { role: role(c.from, l), resources: formatBag(c.resources, l) }), icon: first ? resourceIcon(first) : '', kind: 'gift' };
    }
    default:
      return null;
  }
}
