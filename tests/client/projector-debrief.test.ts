import { describe, expect, it } from 'vitest';
import { debrief, renderFinding, type Debrief } from '../../shared/debrief';
import { PROJECTOR_SCREENS, type ProjectorScreen } from '../../shared/protocol/room';
import { lessonQuestion, MAIN_QUESTION, type ReflectionItem } from '../../shared/protocol/reflections';
import type { GameState } from '../../shared/rules';
import { projectorView } from '../../shared/view';
import { lessonHeading, lessonPrompt, personaName } from '../../client/src/model/cards';
import { shortRole } from '../../client/src/projector/model/labels';
import { labelsOf, projectorModel } from '../../client/src/projector/model/screen';
import type { EndScreenModel, ProjectorInput } from '../../client/src/projector/model/types';
import { randomGame } from '../helpers/random-game';
import { roomInfo, seats } from './fixtures';

// The debrief's screens on the projector, built from real finished games and their real debrief:
// what the room reads on the wall while the facilitator leads the nabespreking.

const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eva', 'Fatima', 'Gijs', 'Hana'];

function finished(seed: number, n = 6): { state: GameState; d: Debrief } {
  const { record, state } = randomGame(seed, { seats: n });
  return { state, d: debrief(record) };
}

function settings(anonymous: boolean): string {
  return JSON.stringify({ rounds: 4, timers: { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null }, roleSwap: false, roles: [], anonymousReflections: anonymous });
}

function endScreen(state: GameState, screen: ProjectorScreen, over: Partial<ProjectorInput> & { anonymous?: boolean } = {}): EndScreenModel {
  const { anonymous = false, ...rest } = over;
  const m = projectorModel({
    info: roomInfo({ status: 'ended', seats: seats(state.seats.slice(), NAMES), projectorScreen: screen, settings: settings(anonymous) }),
    view: projectorView(state),
    joinUrl: 'https://spel.example.nl/?room=ABC234',
    locale: 'nl',
    serverNow: () => 0,
    ...rest,
  });
  if (m.state !== 'end') throw new Error(`expected the end, got ${m.state}`);
  return m.end;
}

const texts = (m: unknown) => labelsOf(m).map((l) => l.text);
const answer = (id: string, text: string, over: Partial<ReflectionItem> = {}): ReflectionItem => ({ id, questionId: MAIN_QUESTION, text, hidden: false, ...over });

describe('projector lessons screen', () => {
  const { state, d } = finished(1);
  const m = endScreen(state, 'lessons', { debrief: d });

  it("shows each lesson's heading and this game's sentence, with its tone as a mark and a word", () => {
    if (m.screen !== 'lessons') throw new Error(m.screen);
    expect(d.lessons.shown.length).toBeGreaterThanOrEqual(3);
    expect(m.lessons.cards.map((c) => c.heading.text)).toEqual(d.lessons.shown.map((f) => lessonHeading(f.lessonId, 'nl')));
    expect(m.lessons.cards.map((c) => c.sentence.text)).toEqual(d.lessons.shown.map((f) => renderFinding(f, 'nl')));
    for (const [i, c] of m.lessons.cards.entries()) {
      const good = d.lessons.shown[i].tone === 'good';
      expect([c.mark.text, c.toneWord.text]).toEqual(good ? ['✓', 'Ging goed'] : ['!', 'Kan beter']);
      // Every card on the wall, below the title, none over the next.
      expect(c.y + c.h).toBeLessThanOrEqual(m.lessons.cards[i + 1]?.y ?? 1080);
    }
  });

  it('speaks English with lang=en', () => {
    const en = endScreen(state, 'lessons', { debrief: d, locale: 'en' });
    if (en.screen !== 'lessons') throw new Error(en.screen);
    expect(en.lessons.title.text).toBe('What this game shows');
    expect(en.lessons.cards.map((c) => c.sentence.text)).toEqual(d.lessons.shown.map((f) => renderFinding(f, 'en')));
  });
});

describe('projector personas screen', () => {
  const { state, d } = finished(1);
  const m = endScreen(state, 'personas', { debrief: d });

  it('charts exactly the residents on board per round against the goal', () => {
    if (m.screen !== 'personas') throw new Error(m.screen);
    const { chart } = m.personas;
    // Every round, then the end (after the last referrals, where some may still drop out).
    expect(chart.onBoard).toEqual([...d.personas.chart.byRound.map((p) => p.onBoard), d.personas.chart.final]);
    expect(chart.labels).toEqual([...d.personas.chart.byRound.map((p) => `Ronde ${p.round}`), 'Einde']);
    expect(chart.target).toBe(d.personas.chart.target);
    expect(chart.font).toBeGreaterThanOrEqual(28);
    expect(m.personas.final.text).toBe(`Aan het eind: ${d.personas.chart.final} van de ${d.personas.chart.target} aan boord`);
  });

  it("tells each resident's journey: the project that reached them, who held on, who dropped out", () => {
    if (m.screen !== 'personas') throw new Error(m.screen);
    const shown = d.personas.journeys.slice(0, m.personas.journeys.length);
    expect(shown.length).toBeGreaterThan(0);
    for (const [i, j] of shown.entries()) {
      const line = m.personas.journeys[i];
      expect(line.name.text.startsWith(personaName(j.personaId))).toBe(true);
      expect(line.status).toBe(j.status);
      if (j.reachedRound !== null) expect(line.story.text).toContain(`ronde ${j.reachedRound}: bereikt via`);
      if (j.droppedRound !== null) expect(line.story.text).toContain(`ronde ${j.droppedRound}: afgehaakt`);
      if (j.heldBy && 'role' in j.heldBy) expect(line.story.text).toContain(`vastgehouden door ${shortRole(j.heldBy.role, 'nl')}`);
    }
    const left = d.personas.journeys.length - shown.length;
    expect(m.personas.more?.text ?? null).toBe(left > 0 ? `+ ${left} anderen` : null);
  });
});

describe('projector network screen', () => {
  const { state, d } = finished(2);
  const m = endScreen(state, 'network', { debrief: d });

  it('draws the final network with the centre ringed and named, and who stayed outside', () => {
    if (m.screen !== 'network') throw new Error(m.screen);
    const { network, centre, outside } = m.network;
    expect(network.nodes.map((n) => n.role)).toEqual(d.network.nodes);
    expect(network.edges.map((e) => [e.a, e.b, e.weight])).toEqual(d.network.end.edges.map((e) => [e.a, e.b, e.weight]));
    expect(network.nodes.filter((n) => n.mark === 'centre').map((n) => n.role)).toEqual(d.network.end.centre);
    for (const r of d.network.end.centre) expect(centre.text).toContain(shortRole(r, 'nl'));
    if (!d.network.end.outside.length) expect(outside.text).toBe('Niemand bleef buiten.');
    for (const r of d.network.end.outside) expect(outside.text).toContain(shortRole(r, 'nl'));
    const strongest = Math.max(...d.network.end.edges.map((e) => e.weight));
    const top = d.network.end.edges.find((e) => e.weight === strongest)!;
    expect(m.network.ties[0].pair.text).toBe(`${shortRole(top.a, 'nl')} – ${shortRole(top.b, 'nl')}`);
  });
});

describe('projector reflections screen', () => {
  const { state, d } = finished(1);
  const lesson = d.lessons.shown[0].lessonId;
  const items: ReflectionItem[] = [
    answer('r1', 'Elkaar echt leren kennen', { author: 'Anna' }),
    answer('r2', 'Dit is weggehaald', { hidden: true, author: 'Bram' }),
    answer('r3', 'Durven vragen wat de ander nodig heeft', { author: 'Chris', questionId: lessonQuestion(lesson) }),
    answer('r4', '', { hidden: true }),
  ];

  it('shows the questions and the answers, never a hidden one', () => {
    const m = endScreen(state, 'reflections', { debrief: d, reflections: items });
    if (m.screen !== 'reflections') throw new Error(m.screen);
    const [main, second] = m.reflections.columns;
    expect(main.question.text).toBe('Wat heeft samenwerking nodig?');
    expect(main.answers.map((a) => a.text.text)).toEqual(['Elkaar echt leren kennen']);
    expect(second.question.text).toBe(lessonPrompt(lesson, 'nl'));
    expect(second.caption?.text).toBe(lessonHeading(lesson, 'nl'));
    expect(second.answers.map((a) => [a.text.text, a.author?.text])).toEqual([['Durven vragen wat de ander nodig heeft', '— Chris']]);
    expect(texts(m).join('\n')).not.toMatch(/weggehaald|Bram/);
  });

  it('names nobody in an anonymous room, even if a name came along', () => {
    const m = endScreen(state, 'reflections', { debrief: d, reflections: items, anonymous: true });
    if (m.screen !== 'reflections') throw new Error(m.screen);
    expect(m.reflections.columns.flatMap((c) => c.answers).every((a) => a.author === null)).toBe(true);
    expect(texts(m).join('\n')).not.toMatch(/Anna|Bram|Chris/);
  });

  it('shows the newest answers that fit, newest first, and counts the older ones', () => {
    const many = Array.from({ length: 40 }, (_, i) => answer(`a${i}`, `Antwoord nummer ${i} over wat samenwerken vraagt van ons allemaal`, { author: NAMES[i % 8] }));
    const m = endScreen(state, 'reflections', { reflections: many });
    if (m.screen !== 'reflections') throw new Error(m.screen);
    const [main] = m.reflections.columns;
    const shown = main.answers.map((a) => a.id);
    expect(shown[0]).toBe('a39');
    expect(shown).toEqual(many.slice(-shown.length).map((a) => a.id).reverse());
    expect(main.more?.text).toBe(`+ ${40 - shown.length} eerdere antwoorden`);
    for (const a of main.answers) expect(a.y + a.h).toBeLessThanOrEqual(1050);
  });

  it('invites answers while there are none', () => {
    const m = endScreen(state, 'reflections', { reflections: [] });
    if (m.screen !== 'reflections') throw new Error(m.screen);
    expect(m.reflections.columns).toHaveLength(1);
    expect(m.reflections.columns[0].empty?.text).toMatch(/Nog geen antwoorden/);
  });
});

describe('projector end screens', () => {
  const { state, d } = finished(3, 8);

  it('keeps the result as the first screen, and waits for the debrief where a screen needs it', () => {
    expect(endScreen(state, 'result', {}).screen).toBe('result');
    const waiting = endScreen(state, 'lessons', {});
    expect(waiting).toMatchObject({ screen: 'waiting', wanted: 'lessons', message: { text: 'De nabespreking wordt geladen…' } });
    expect(endScreen(state, 'network', { debriefFailed: true })).toMatchObject({ screen: 'waiting', message: { text: expect.stringMatching(/kan nu niet/) } });
  });

  it('has no text under 28 px on any end screen, in either language', () => {
    const reflections = [answer('x', 'Tijd en vertrouwen', { author: 'Eva' })];
    for (const locale of ['nl', 'en'] as const) {
      for (const screen of PROJECTOR_SCREENS) {
        const m = endScreen(state, screen, { debrief: d, reflections, locale });
        expect(m.screen).toBe(screen);
        const labels = labelsOf(m);
        expect(labels.length).toBeGreaterThan(3);
        expect(Math.min(...labels.map((l) => l.size))).toBeGreaterThanOrEqual(28);
      }
    }
  });
});
