import type { Edge, NetworkDebrief } from '../../../../../shared/debrief/types';
import { between } from '../frame';
import { label, shortRole, SIZE } from '../labels';
import { snapshotModel } from '../network';
import { listed, translate, type ProjectorLocale } from '../../../i18n';
import type { NetworkScreenModel } from '../types';

// The collaboration network at the end of the game, large, with who was at its centre and who
// stayed outside in words, and the strongest ties spelled out (what the thick lines stand for).

const MAX_TIES = 5;

function tieWhat(e: Edge, locale: ProjectorLocale): string {
  const parts: string[] = [];
  if (e.trades) parts.push(translate(locale, 'tieTrades', { n: e.trades }));
  if (e.gifts) parts.push(translate(locale, 'tieGifts', { n: e.gifts }));
  if (e.projects) parts.push(translate(locale, 'tieProjects', { n: e.projects }));
  return parts.join(' · ');
}

export function networkScreenModel(net: NetworkDebrief, locale: ProjectorLocale, width = 1920): NetworkScreenModel {
  // The words beside the network: narrower on a narrower wall, the network takes what is left.
  const sideW = between(width, 520, 620);
  const SIDE = { x: width - 50 - sideW, w: sideW };
  const { end } = net;
  const names = (roles: string[]) => listed(locale, roles.map((r) => shortRole(r, locale)));
  const ties = [...end.edges].sort((a, b) => b.weight - a.weight).slice(0, MAX_TIES);
  return {
    title: label(translate(locale, 'networkTitle'), 56, true),
    sideX: SIDE.x,
    network: snapshotModel(net.nodes, end, { x: 50, y: 130, w: SIDE.x - 90, h: 910 }, translate(locale, 'networkEnd'), locale, {
      r: { min: 30, max: 62 },
      labelSize: 30,
      labelW: 440,
      marks: true,
    }),
    centre: label(end.centre.length ? translate(locale, 'centre', { names: names(end.centre) }) : translate(locale, 'noCentre'), SIZE.head, true, SIDE.w, 3),
    outside: label(end.outside.length ? translate(locale, 'outside', { names: names(end.outside) }) : translate(locale, 'noneOutside'), SIZE.body, true, SIDE.w, 3),
    tiesTitle: label(ties.length ? translate(locale, 'ties') : '', SIZE.head, true),
    ties: ties.map((e) => ({
      pair: label(`${shortRole(e.a, locale)} – ${shortRole(e.b, locale)}`, SIZE.body, true, SIDE.w),
      what: label(tieWhat(e, locale), SIZE.min, false, SIDE.w),
    })),
    legend: label(translate(locale, 'legend'), SIZE.min, false, SIDE.w, 2),
  };
}
