import { endScreenModel } from './debrief';
import { label, SIZE } from './labels';
import { lobbyModel } from './lobby';
import { playModel } from './play';
import { translate } from '../../i18n';
import type { Label, ProjectorInput, ProjectorModel } from './types';

// The projector as data: which screen, and everything on it. Pure: the same input gives the same
// picture, so tests read it instead of pixels.

export function projectorModel(input: ProjectorInput): ProjectorModel {
  const { info, view, locale } = input;
  if (view?.status === 'ended') return { state: 'end', end: endScreenModel(input, view) };
  if (info.status === 'lobby') return { state: 'lobby', lobby: lobbyModel(info, input.joinUrl, locale, input.width) };
  if (info.status === 'playing' && view?.status === 'playing') return { state: 'play', play: playModel(input, view) };
  const message = info.code ? translate(locale, 'starting') : translate(locale, 'wallConnecting');
  return { state: 'connecting', message: label(message, SIZE.big, true) };
}

/** Every label in a model, wherever it sits, for measuring and for tests. */
export function labelsOf(model: unknown): Label[] {
  const out: Label[] = [];
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach(walk);
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.size === 'number') out.push(o as unknown as Label);
    Object.values(o).forEach(walk);
  };
  walk(model);
  return out.filter((l) => l.text !== '');
}
