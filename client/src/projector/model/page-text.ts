import { labelsOf, projectorModel } from './screen';
import { translate } from '../../i18n';
import type { Label, ProjectorInput, ProjectorModel } from './types';

// The wall in words: the page's title, language and heading, and a few sentences of what the
// canvas shows (without the running clock, so a screen reader is not told every second).

const words = (...labels: (Label | null | undefined)[]): string =>
  labels
    .filter((l): l is Label => !!l && !!l.text)
    .map((l) => l.text.replace(/\s*\n\s*/g, ' '))
    .join('. ');

export function pageText(m: ProjectorModel): string {
  switch (m.state) {
    case 'lobby':
      return words(m.lobby.title, m.lobby.goTo, m.lobby.url, m.lobby.typeCode, m.lobby.code, m.lobby.seatsTitle, m.lobby.howTo.title, ...m.lobby.howTo.lines);
    case 'play': {
      const p = m.play;
      const phase = p.phases.find((x) => x.current)?.label;
      const r = p.review;
      return words(p.round, phase, p.pause?.title, p.track.title, p.track.dropped, p.event.title, r?.title, r?.questionHeading, r?.question, r?.score, r?.round, r?.warning, p.quiet, p.completed);
    }
    case 'end':
      return m.end.screen === 'result' ? words(m.end.result.headline, m.end.result.score, m.end.result.projects) : words(...labelsOf(m.end));
    case 'connecting':
      return words(m.message);
  }
}

type Frame = { heading: HTMLElement; summary: HTMLElement };

export function describePage(frame: Frame, input: ProjectorInput, code: string): void {
  const locale = input.locale;
  document.documentElement.lang = locale;
  document.title = translate(locale, 'pageTitle', { code });
  const heading = translate(locale, 'pageHeading', { code });
  if (frame.heading.textContent !== heading) frame.heading.textContent = heading;
  const text = pageText(projectorModel(input));
  if (frame.summary.textContent !== text) frame.summary.textContent = text;
}
