import type { ProjectorView } from '../../../../shared/view/types';
import * as cards from '../../model/cards';
import { between } from './frame';
import { label, SIZE } from './labels';
import { networkModel } from './network';
import { translate, type ProjectorLocale } from '../../i18n';
import { trackModel } from './track';
import type { EndModel } from './types';

// The end of the game on the wall: did the team make it, who is still on board, the network the
// room built, and a pointer to the debrief (which the facilitator leads from their own screen).

const MAX_LISTED = 6;

export function endModel(view: ProjectorView, locale: ProjectorLocale, width = 1920): EndModel {
  // The network on the right, as wide as the wall allows; the words on the left up to it.
  const netW = between(width, 560, 740);
  const net = { x: width - 40 - netW, y: 60, w: netW, h: 680 };
  const textW = net.x - 100;
  const onBoard = view.result?.onBoard ?? view.onBoard;
  const target = view.result?.target ?? view.target;
  const won = view.result?.won ?? onBoard >= target;
  const names = view.completed.map((c) => cards.projectName(c.id, locale));
  const listed = names.slice(0, MAX_LISTED).map((n) => label(`✓ ${n}`, SIZE.body, false, textW - 40));
  if (names.length > MAX_LISTED) listed.push(label(`+ ${names.length - MAX_LISTED}`, SIZE.body));
  return {
    won,
    headline: label(translate(locale, won ? 'won' : 'lost'), 72, true, textW, 2),
    score: label(translate(locale, 'endScore', { n: onBoard, target }), 48, true, textW, 2),
    projects: label(translate(locale, 'endProjects', { n: names.length }), SIZE.head, true, textW),
    completed: listed,
    early: view.result?.endedEarly ? label(translate(locale, 'stoppedEarly'), SIZE.body, false, textW) : null,
    debrief: label(translate(locale, 'debrief'), SIZE.head, true, width - 120),
    track: trackModel({ personas: view.personas, onBoard, target }, { x: 60, y: 770, w: width - 120, h: 180 }, locale),
    network: networkModel(view.seats, view.log, net, translate(locale, 'rfMainTitle'), locale),
  };
}
