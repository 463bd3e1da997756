// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreement, debriefOf } from '../../shared/debrief';
import { projectorView } from '../../shared/view';
import type { DebriefPayload } from '../../client/src/model/debrief';
import { setLocale } from '../../client/src/i18n';
import { HostToolbar } from '../../client/src/components/host-toolbar';
import { Clock } from '../../client/src/components/clock';
import { Root } from '../../client/src/screens/root';
import { advance, game, roomInfo, seats, view } from './fixtures';
import { randomGame } from '../helpers/random-game';
import { fixedState, rig, welcome } from './ui-kit';

// The screens as components, without a server: each is drawn from a fixed store and a click asks
// the app for the right thing. (The debrief's pictures are drawn by a library in a real browser;
// here they are stood in for, so the sections around them are what is tested.)

vi.mock('../../client/src/screens/debrief/charts', () => ({
  personasChart: () => null,
  networkPicture: () => null,
}));

afterEach(() => {
  cleanup();
  setLocale('nl');
});

const container = () => document.createElement('div');
const q = (sel: string) => document.querySelector<HTMLElement>(sel);
const click = (sel: string) => {
  const el = q(sel);
  expect(el, sel).not.toBeNull();
  fireEvent.click(el!);
};

describe('screens from a fixed store', () => {
  it('lobby: shows the room code and the free roles, and claiming a role asks for that role', () => {
    const info = roomInfo({ seats: seats().map((s, i) => (i === 0 ? { ...s, role: null } : s)) as never });
    const r = rig(<Root container={container()} />, fixedState({ welcome: welcome(), info }));
    expect(q('[data-testid="room-code"]')?.textContent).toBe('ABC234');
    const claim = q('[data-testid^="claim-"]');
    expect(claim).not.toBeNull();
    const role = claim!.dataset.testid!.replace('claim-', '');
    fireEvent.click(claim!);
    expect(r.called('claim')).toEqual([[role]]);
  });

  it('table: the hand, a partner to trade with, and the trade dialog opening for that partner', () => {
    const s = advance(game(), 1); // Overleg
    const v = view(s, 0);
    const info = roomInfo({ status: 'playing' });
    const r = rig(<Root container={container()} />, fixedState({ welcome: welcome(), info, view: v }));
    expect(q('[data-testid="my-role"]')?.dataset.role).toBe(v.role);
    expect(document.querySelectorAll('[data-testid="hand"] [data-resource]').length).toBeGreaterThan(0);
    const partner = s.seats[1];
    click(`[data-testid="trade-${partner}"]`);
    expect(r.called('openDialog')).toEqual([[{ kind: 'trade', to: partner, give: {}, get: {}, counterOf: null }]]);
    expect(r.called('play')).toEqual([]);
  });

  it('table: an open dialog is drawn from the store and sends its move through play', () => {
    const s = advance(game(), 1);
    const v = view(s, 0);
    const info = roomInfo({ status: 'playing' });
    const r = rig(<Root container={container()} />, fixedState({ welcome: welcome(), info, view: v, dialog: { kind: 'gift', to: s.seats[1], resources: {} } }));
    const give = q('[data-testid^="gift-plus-"]:not([disabled])');
    expect(give, 'a card to give').not.toBeNull();
    fireEvent.click(give!);
    const [[changed]] = r.called('updateDialog') as [[{ resources: Record<string, number> }]];
    expect(Object.values(changed.resources)).toEqual([1]);
    r.store.act('dialogChanged', changed as never);
    fireEvent.submit(q('[data-testid="dialog-gift"]')!);
    const [[action, slot]] = r.called('play') as [[{ type: string; to: string }, string]];
    expect(action).toMatchObject({ type: 'gift', to: s.seats[1] });
    expect(slot).toBe('dialog');
  });

  it('console: the facilitator paces the game from the one host toolbar, and removing a player asks first', () => {
    const s = advance(game(), 1);
    const info = roomInfo({ status: 'playing', phaseEndsAt: 0, pausedRemainingMs: 0, paused: true });
    const r = rig(<Root container={container()} />, fixedState({ welcome: welcome({ host: true, seat: null, spectator: true }), info, view: projectorView(s) }));
    expect(q('[data-testid="console"]')).not.toBeNull();
    expect(q('.hostbar')?.classList.contains('console-bar')).toBe(true);
    expect(q('[data-testid="extend"]'), 'no +1 minute on a paused untimed phase').toBeNull();
    click('[data-testid="advance"]');
    click('[data-testid="pause"]');
    expect(r.called('host')).toEqual([[{ kind: 'advance' }], [{ kind: 'resume' }]]);
    const remove = q('[data-testid^="remove-seat-"]')!;
    fireEvent.click(remove);
    expect(r.called('host')).toHaveLength(2); // asked, not done
    expect(remove.textContent).toMatch(/zeker|echt/i);
    fireEvent.click(remove);
    expect(r.called('host')[2]).toEqual([{ kind: 'freeSeat', seat: Number(remove.dataset.testid!.replace('remove-seat-', '')) }, 'seat:' + remove.dataset.testid!.replace('remove-seat-', '')]);
  });

  it('host toolbar: the same rules for a playing host; +1 minute only on a clock; ending asks first', () => {
    const timed = roomInfo({ status: 'playing', phaseEndsAt: 10_000, paused: false });
    const r = rig(<HostToolbar />, fixedState({ welcome: welcome({ host: true }), info: timed }));
    click('[data-testid="extend"]');
    click('[data-testid="end-game"]');
    expect(r.called('host')).toEqual([[{ kind: 'extend', seconds: 60 }]]);
    click('[data-testid="end-game"]');
    expect(r.called('host')).toEqual([[{ kind: 'extend', seconds: 60 }], [{ kind: 'end' }]]);
    cleanup();
    rig(<HostToolbar />, fixedState({ welcome: welcome({ host: true }), info: roomInfo({ status: 'playing', paused: true }) }));
    expect(q('[data-testid="extend"]')).toBeNull();
    expect(q('[data-testid="pause"]')?.textContent).toBe('Verder');
  });

  it('clock: a tick of the store’s clock changes the clock’s text', async () => {
    const info = roomInfo({ status: 'playing', phaseEndsAt: 125_000 });
    const r = rig(<Clock />, fixedState({ info }));
    const before = q('[data-clock]')!.textContent;
    r.store.tick(65_000);
    await vi.waitFor(() => expect(q('[data-clock]')!.textContent).not.toBe(before));
    expect(q('[data-clock]')!.textContent).toContain('1:00');
  });

  it('debrief: the end screen shows every section and a download asks for that file', async () => {
    const { record, state } = randomGame(11, { actionsPerPhase: 30 });
    const data: DebriefPayload = { code: 'ABC234', status: 'ended', createdAt: 0, endedAt: 1, record, result: state.result, debrief: debriefOf(state), agreement: agreement(state), next: null };
    const ui = await import('../../client/src/screens/debrief/index');
    const info = roomInfo({ status: 'ended', seats: state.seats.map((role, seat) => ({ seat, name: `P${seat + 1}`, role, connected: true, away: false, bot: '' as const })) });
    const debrief = { code: 'ABC234', phase: 'ready' as const, data, agreement: data.agreement, next: null, againBusy: false };
    const r = rig(<Root container={container()} />, fixedState({ welcome: welcome(), info, view: view(state, 0), debrief }), { debriefUi: ui });
    expect(q('[data-testid="end-screen"]')?.dataset.debrief).toBe('ready');
    for (const s of ['lessons', 'personas', 'network', 'players', 'interests', 'export']) expect(q(`[data-testid="debrief-${s}"]`), s).not.toBeNull();
    click('[data-testid="download-csv"]');
    expect(r.called('debrief.download')).toEqual([['csv']]);
  });
});
