import { editable } from '../helpers/editable';
import { allowed } from '../helpers/allowed';
import { describe, expect, it } from 'vitest';
import { type GameState } from '../../shared/rules';
import type { RoleId } from '../../shared/model/ids';
import { projectorView } from '../../shared/view';
import { lessonHeading, lessonPrompt } from '../../client/src/model/cards';
import { lessonsModel } from '../../client/src/projector/model/debrief/lessons';
import { projectorModel } from '../../client/src/projector/model/screen';
import { pageText } from '../../client/src/projector/model/page-text';
import type { PlayModel, ProjectorInput, ProjectorModel } from '../../client/src/projector/model/types';
import { debriefOf } from '../../shared/debrief';
import { act, advance, game, roomInfo, seats } from './fixtures';

// What the wall tells the room beyond the table: the Terugblik, the last round's warning, the
// pause, who has not moved, bots by personality, the short rules in the lobby, the page in words.

const ROLES: RoleId[] = ['bibliotheek', 'gemeente', 'welzijn', 'uwv'];
const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi'];

function input(s: GameState | null, over: Partial<ProjectorInput> = {}): ProjectorInput {
  return {
    info: roomInfo({ status: s ? s.status : 'lobby', seats: seats(ROLES, NAMES) }),
    view: s ? projectorView(s) : null,
    joinUrl: 'https://spel.example.nl/?room=ABC234',
    locale: 'nl',
    serverNow: () => 0,
    ...over,
  };
}
const play = (m: ProjectorModel): PlayModel => {
  if (m.state !== 'play') throw new Error(m.state);
  return m.play;
};

/** Round `round`'s Terugblik of a game of `rounds` rounds. */
const terugblik = (rounds: number, round = 1): GameState => advance(game(ROLES, 7, rounds), 3 + 4 * (round - 1));

describe('the Terugblik on the wall', () => {
  it('shows the round’s question (the one on the phones) and the score over the table', () => {
    const s = terugblik(3);
    expect(s.phase).toBe('terugblik');
    const r = play(projectorModel(input(s))).review!;
    const v = projectorView(s);
    expect(v.reflection).not.toBeNull();
    expect(r.questionHeading.text).toBe(`Vraag voor de groep: ${lessonHeading(v.reflection!, 'nl')}`);
    expect(r.question.text).toBe(lessonPrompt(v.reflection!, 'nl'));
    expect(r.score.text).toBe(`Aan boord: ${v.onBoard} van de ${v.target}`);
    expect(r.warning.text).toBe('Hierna: ronde 2');
    expect(play(projectorModel(input(advance(s))))?.review ?? null).toBeNull();
  });

  it('warns in the last Terugblik that residents nobody holds may still drop out', () => {
    const s = editable(terugblik(1));
    // Nobody on board but these two: one reached (nobody holds them), one held.
    for (const id of Object.keys(s.personas)) s.personas[id] = { ...s.personas[id], status: 'waiting', reachedRound: null, reachedBy: null };
    const [a, b] = Object.keys(s.personas);
    s.personas[a] = { ...s.personas[a], status: 'reached', reachedRound: 1 };
    s.personas[b] = { ...s.personas[b], status: 'held', reachedRound: 1 };
    const m = play(projectorModel(input(s)));
    expect(m.review!.urgent).toBe(true);
    expect(m.review!.warning.text).toContain('Niet vastgehouden: 1');
    expect(m.track.dropped.text).toContain('1 niet vastgehouden');
    expect(m.track.dropped.text).toContain('✓ vast: 1');
    expect(m.track.tokens.find((t) => t.id === b)!.name.text.startsWith('✓ ')).toBe(true);
    const safe = editable(s); // a new state: views are cached per state
    safe.personas[a] = { ...safe.personas[a], status: 'held' };
    expect(play(projectorModel(input(safe))).review!.warning.text).toBe('Dit was de laatste ronde. Iedereen aan boord wordt vastgehouden.');
    expect(play(projectorModel(input(safe, { locale: 'en' }))).review!.warning.text).toBe('This was the last round. Everyone on board is held.');
  });
});

describe('the wall during play', () => {
  it('shows a pause across the screen, not only at the clock', () => {
    const s = advance(game(ROLES, 7, 2));
    const paused = play(projectorModel(input(s, { info: roomInfo({ status: 'playing', seats: seats(ROLES, NAMES), paused: true, pausedRemainingMs: 60_000 }) })));
    expect(paused.pause?.title.text).toBe('Het spel staat even stil');
    expect(play(projectorModel(input(s))).pause).toBeNull();
  });

  it('names the partners that have not moved yet in Overleg', () => {
    const s = advance(game(ROLES, 7, 2));
    expect(play(projectorModel(input(s))).quiet?.text).toBe('Nog niets gedaan deze fase: Bibliotheek, Gemeente, Welzijn, UWV');
    const pledge = allowed(s, 0).find((a) => a.type === 'pledge')!;
    expect(play(projectorModel(input(act(s, 0, pledge)))).quiet?.text).toBe('Nog niets gedaan deze fase: Gemeente, Welzijn, UWV');
  });

  it('calls a bot by its personality, with the bot mark, never "Bot bot"', () => {
    const s = advance(game(ROLES, 7, 2));
    const list = seats(ROLES, NAMES).map((x, i) => (i === 3 ? { ...x, name: 'Bot', bot: 'verbinder' as const, standIn: false } : x));
    const p = play(projectorModel(input(s, { info: roomInfo({ status: 'playing', seats: list }) }))).partners.find((q) => q.role === 'uwv')!;
    expect(p.player.text.startsWith('Verbinder')).toBe(true);
    expect(p.bot?.text).toBe('bot');
  });
});

describe('the wall around the game', () => {
  it('has the short rules in the lobby, in both languages', () => {
    for (const locale of ['nl', 'en'] as const) {
      const m = projectorModel(input(null, { locale }));
      if (m.state !== 'lobby') throw new Error(m.state);
      expect(m.lobby.howTo.lines).toHaveLength(4);
      expect(m.lobby.howTo.title.text).toBe(locale === 'nl' ? 'Zo speel je' : 'How to play');
    }
  });

  it('puts the question under every lesson on the debrief screen', () => {
    let s = game(ROLES, 7, 1);
    while (s.status === 'playing') s = advance(s);
    const shown = debriefOf(s).lessons.shown;
    const m = lessonsModel(shown, 'nl');
    for (const [i, f] of shown.entries()) expect(m.cards[i].question.text).toBe(`Vraag: ${lessonPrompt(f.lessonId, 'nl')}`);
  });

  it('says in words what the canvas shows: the phase, the score and the Terugblik question', () => {
    const s = terugblik(3);
    const text = pageText(projectorModel(input(s)));
    expect(text).toContain('Terugblik');
    expect(text).toContain(lessonPrompt(projectorView(s).reflection!, 'nl'));
    expect(text).toContain('Aan boord');
  });
});
