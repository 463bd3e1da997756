// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TableOverview } from '../../shared/protocol/event';
import { setLocale } from '../../client/src/i18n';
import { EventContext } from '../../client/src/event/context';
import { EventApp } from '../../client/src/event/controller';
import { EventRoot } from '../../client/src/event/page';
import type { EventOverview, Placed } from '../../client/src/event/state';
import { eventEn, eventNl } from '../../client/src/i18n/event';

// A training day's pages as components, without a server: the store is filled by hand, and a click
// sends the event room the right command (the connection's send is recorded).

afterEach(() => {
  cleanup();
  localStorage.clear();
  setLocale('nl');
});

function table(index: number, over: Partial<TableOverview> = {}): TableOverview {
  return {
    index, code: `TAFEL${index + 2}`, game: 1, status: 'playing', round: 1, phase: 'overleg', phaseEndsAt: 0, paused: false,
    onBoard: 3 + index, target: 12, projects: index, actions: 10,
    seats: [
      { role: 'bibliotheek', name: `Anna ${index}`, connected: true, bot: false },
      { role: 'gemeente', name: `Gert ${index}`, connected: false, bot: false },
      { role: 'uwv', name: 'Bot', connected: true, bot: true },
    ],
    links: [{ a: 'bibliotheek', b: 'gemeente', weight: 2 }],
    signals: index === 0 ? [{ id: 's1', lessonId: 'l', tone: 'gap', strength: 1, text: { nl: 'De gemeente zit nog in geen enkel project.', en: 'x' } }] : [],
    at: 0, ...over,
  };
}

function overview(over: Partial<EventOverview> = {}): EventOverview {
  return { status: 'playing', game: 1, phasesTogether: true, secondGame: false, title: null, focus: null, people: [], tables: [table(0), table(1)], ...over };
}

function open(url: string, creds?: Record<string, string>) {
  history.replaceState(null, '', url);
  if (creds) localStorage.setItem('kot.event.DAGDAG', JSON.stringify(creds));
  const app = new EventApp(localStorage, 'http://localhost', () => undefined);
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  (app as unknown as { net: { send: (t: string, p: Record<string, unknown>) => string } }).net.send = (type, payload) => {
    sent.push({ type, payload });
    return `r${sent.length}`;
  };
  render(
    <EventContext.Provider value={app}>
      <EventRoot />
    </EventContext.Provider>,
  );
  const welcome = { code: 'DAGDAG', host: true, participantToken: null, hostKey: 'k'.repeat(20), projectorKey: 'p'.repeat(20), joinUrl: 'http://localhost/?event=DAGDAG', serverTime: Date.now() };
  return { app, sent, welcome };
}

const q = (sel: string) => document.querySelector<HTMLElement>(sel);
const click = (sel: string) => {
  expect(q(sel), sel).not.toBeNull();
  fireEvent.click(q(sel)!);
};

describe('a training day from a fixed store', () => {
  it('has every word of its pages in Dutch and English, none empty', () => {
    expect(Object.keys(eventEn).sort()).toEqual(Object.keys(eventNl).sort());
    for (const [k, v] of [...Object.entries(eventNl), ...Object.entries(eventEn)]) expect(v.trim(), k).not.toBe('');
  });

  it('the console shows every table side by side, and opens one with the event\'s key', () => {
    const { app, welcome } = open('/?event=DAGDAG', { hostKey: 'k'.repeat(20) });
    act(() => app.store.act('welcomed', welcome, 0));
    act(() => app.store.act('overview', overview()));
    const first = q('[data-testid="ev-table-0"]')!;
    expect(first.querySelector('[data-testid="table-onboard"]')!.textContent).toBe('3/ 12');
    expect(first.textContent).toContain('Ronde 1 · Overleg');
    expect(first.textContent).toContain('De gemeente zit nog in geen enkel project.');
    expect(first.querySelector('li.offline')!.textContent).toContain('offline');
    expect(first.querySelector('li.bot')!.textContent).toContain('bot');
    expect(first.querySelectorAll('.ev-ring line')).toHaveLength(1);
    expect(q('[data-testid="ev-open-1"]')!.getAttribute('href')).toBe(`/?room=TAFEL3#host=${'k'.repeat(20)}`);
    // No second game button unless the day has one.
    act(() => app.store.act('overview', overview({ tables: [table(0, { status: 'ended' }), table(1, { status: 'ended' })] })));
    expect(q('[data-testid="ev-second"]')).toBeNull();
    expect(q('[data-testid="ev-debrief-load"]')).not.toBeNull();
  });

  it('commands go to all tables together, or to the chosen table', () => {
    const { app, sent, welcome } = open('/?event=DAGDAG', { hostKey: 'k'.repeat(20) });
    act(() => app.store.act('welcomed', welcome, 0));
    act(() => app.store.act('overview', overview()));
    click('[data-testid="ev-advance"]');
    expect(sent.at(-1)).toEqual({ type: 'host', payload: { command: { kind: 'advance', tables: undefined } } });
    // Per table: "all tables" names them all; one chosen table names only it.
    act(() => app.store.act('overview', overview({ phasesTogether: false })));
    click('[data-testid="ev-pause"]');
    expect(sent.at(-1)!.payload.command).toEqual({ kind: 'pause', tables: [0, 1] });
    click('[data-testid="ev-target-1"]');
    click('[data-testid="ev-extend"]');
    expect(sent.at(-1)!.payload.command).toEqual({ kind: 'extend', seconds: 60, tables: [1] });
    fireEvent.input(q('[data-testid="ev-say"]')!, { target: { value: 'Nog vijf minuten' } });
    fireEvent.submit(q('.ev-say')!);
    expect(sent.at(-1)).toEqual({ type: 'say', payload: { text: 'Nog vijf minuten' } });
  });

  it('before the start: someone is moved, or shares a role with its player', () => {
    const { app, sent, welcome } = open('/?event=DAGDAG', { hostKey: 'k'.repeat(20) });
    act(() => app.store.act('welcomed', welcome, 0));
    const people = [
      { id: 'a', name: 'Ans', where: { table: 0, role: 'bibliotheek' as const, shared: false }, connected: true },
      { id: 'b', name: 'Bas', where: { table: 1, role: 'bibliotheek' as const, shared: false }, connected: true },
      { id: 'c', name: 'Cor', where: { table: 1, role: 'gemeente' as const, shared: false }, connected: false },
    ];
    act(() => app.store.act('overview', overview({ status: 'lobby', tables: [], people })));
    expect(q('[data-testid="ev-code"]')!.textContent).toBe('DAGDAG');
    click('[data-testid="ev-pick-Cor"]');
    expect(q('[data-testid="ev-moving"]')!.textContent).toContain('Waar moet Cor heen?');
    click('[data-testid="ev-share-Ans"]');
    expect(sent.at(-1)!.payload.command).toEqual({ kind: 'move', person: 'c', table: 0, role: 'bibliotheek', share: true });
    click('[data-testid="ev-pick-Bas"]');
    click('[data-testid="ev-move-to-0"]');
    expect(sent.at(-1)!.payload.command).toEqual({ kind: 'move', person: 'b', table: 0 });
  });

  it('the wall: all tables, one in focus, the comparison at the end; the facilitator\'s message on top', () => {
    const { app, welcome } = open(`/?event=DAGDAG&projector=1#key=${'p'.repeat(20)}`);
    act(() => app.store.act('welcomed', { ...welcome, host: false, hostKey: null, projectorKey: null }, 0));
    act(() => app.store.act('overview', overview({ title: 'Landelijke dag' })));
    expect(q('[data-testid="ev-wall"]')!.dataset.view).toBe('wall');
    expect(document.querySelectorAll('[data-testid^="ev-wall-table-"]')).toHaveLength(2);
    expect(q('.ev-wall-head')!.textContent).toContain('Landelijke dag');
    act(() => app.store.act('overview', overview({ focus: 1 })));
    expect(q('[data-testid="ev-wall-focus"]')!.textContent).toContain('Tafel 2');
    act(() => app.store.act('overview', overview({ tables: [table(0, { status: 'ended' }), table(1, { status: 'ended' })] })));
    const bars = Array.from(document.querySelectorAll('.ev-bars li')).map((li) => li.textContent);
    expect(bars[0]).toContain('Tafel 2'); // the table that kept most residents first
    act(() => app.store.act('said', { text: 'Pauze!', at: 1 }));
    expect(q('[data-testid="event-say"]')!.textContent).toContain('Pauze!');
  });

  it('a phone: the name first, then where one sits, waits, or observes with a box for notes', () => {
    const { app, sent, welcome } = open('/?event=DAGDAG');
    expect(q('[data-testid="ev-name"]')).not.toBeNull();
    click('[data-testid="ev-join"]');
    expect(q('[data-testid="ev-error"]')!.textContent).toBe('Vul eerst je naam in.');
    act(() => app.store.act('welcomed', { ...welcome, host: false, hostKey: null, projectorKey: null, participantToken: 't'.repeat(20) }, 0));
    const waiting: Placed = { where: { waiting: true }, table: null, tableCode: null, seatToken: null, shared: false, message: { nl: 'Alle tafels zijn vol.', en: 'All tables are full.' } };
    act(() => app.store.act('placed', waiting));
    expect(q('[data-testid="ev-placed"]')!.textContent).toContain('Even wachten');
    act(() => app.store.act('placed', { ...waiting, where: { table: 0, observer: true }, table: 0, tableCode: 'TAFEL2', message: { nl: 'Je kijkt mee aan tafel 1.', en: 'x' } }));
    expect(q('[data-testid="ev-observe-frame"]')!.getAttribute('src')).toBe('/?room=TAFEL2&projector=1&lang=nl');
    fireEvent.input(q('[data-testid="ev-note"]')!, { target: { value: 'Ze delen veel.' } });
    click('[data-testid="ev-note-send"]');
    expect(sent.at(-1)).toEqual({ type: 'note', payload: { text: 'Ze delen veel.' } });
    act(() => app.setLocale('en'));
    expect(q('[data-testid="ev-placed"]')!.textContent).toContain('Table 1');
  });
});
