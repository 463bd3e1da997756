// @vitest-environment happy-dom
import { cleanup, fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { playerView } from '../../shared/view';
import type { Action, GameState } from '../../shared/rules';
import { roleName } from '../../client/src/model/cards';
import { Root } from '../../client/src/screens/root';
import { allowed } from '../helpers/allowed';
import { act, FOUR, give, inOverleg, pledgeProject, toTerugblik } from '../shared/debrief/table';
import { roomInfo, seats } from './fixtures';
import { fixedState, rig, welcome } from './ui-kit';

// Doorverwijzen on the player's table: the referring partner's button, the request on the receiving
// partner's table with its take-up button, and the note everyone else sees. Drawn from a fixed store;
// a click asks the app to play the control's action.

afterEach(() => cleanup());

const q = (sel: string) => document.querySelector<HTMLElement>(sel);
const NAMES = ['Anna', 'Bram', 'Chris', 'Dewi'];

/** A Terugblik after a project of the UWV and welzijn reached residents; the first referral a seat may make. */
function reached(): { s: GameState; seat: number; refer: Extract<Action, { type: 'refer' }> } {
  const s = toTerugblik(pledgeProject(inOverleg(FOUR, 42), ['uwv', 'welzijn'], { pick: (c) => c.reach >= 2 }).s);
  for (let seat = 0; seat < 4; seat++) {
    const a = allowed(s, seat).find((x) => x.type === 'refer');
    if (a?.type === 'refer') return { s, seat, refer: a };
  }
  throw new Error('no referral possible');
}

function table(s: GameState, seat: number) {
  const info = roomInfo({ status: 'playing', seats: seats(FOUR, NAMES) as never });
  return rig(<Root container={document.createElement('div')} />, fixedState({ welcome: welcome({ seat }), info, view: playerView(s, seat) }));
}

describe('referral on the table', () => {
  it('the partner who helped reach a resident refers them with one click', () => {
    const { s, seat, refer } = reached();
    const r = table(s, seat);
    const button = q(`[data-testid="refer-${refer.personaId}-${refer.to}"]`);
    expect(button?.textContent).toContain(roleName(refer.to, 'nl'));
    expect(button?.hasAttribute('disabled')).toBe(false);
    fireEvent.click(button!);
    expect(r.called('play')).toEqual([[refer, `persona:${refer.personaId}`]]);
  });

  it('the receiving partner sees the request and takes the resident up; the others see it is waiting', () => {
    const { s, seat, refer } = reached();
    const to = s.seats.indexOf(refer.to);
    const referred = give(act(s, s.seats[seat], refer), refer.to, { vrijwilligers: 1 });
    const r = table(referred, to);
    const request = q(`[data-testid="referral-request-${refer.personaId}"]`);
    expect(request?.textContent).toContain(roleName(s.seats[seat], 'nl'));
    expect(request?.textContent).toContain('Vrijwilligers');
    const up = q(`[data-testid="takeUp-${refer.personaId}-vrijwilligers"]`);
    expect(up).not.toBeNull();
    fireEvent.click(up!);
    expect(r.called('play')).toEqual([[{ type: 'takeUp', personaId: refer.personaId, resource: 'vrijwilligers' }, `persona:${refer.personaId}`]]);
    cleanup();

    // The referrer (and everyone else) reads that the resident waits for the partner, without a button.
    table(referred, seat);
    expect(q(`[data-testid="referral-${refer.personaId}"]`)?.textContent).toContain(roleName(refer.to, 'nl'));
    expect(q(`[data-testid^="takeUp-${refer.personaId}-"]`)).toBeNull();
  });
});
