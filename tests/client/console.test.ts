import { describe, expect, it } from 'vitest';
import { RoomSettingsSchema } from '../../shared/protocol/messages';
import { draftFrom, facilitatorLink, hostKeyFromHash, projectorLink, seatFromHash, settingsFrom, toggleRole } from '../../client/src/model/console';
import { mergeReflections } from '../../shared/protocol/reflections';
import { roomInfo, seats } from './fixtures';

// The console's form before the start: what it shows is what the game gets.

describe('the console’s room options', () => {
  it('turn the form as shown into settings the server accepts, clocks and all', () => {
    const info = roomInfo();
    const draft = draftFrom(info)!;
    expect(draft).toMatchObject({ rounds: 2, roles: ['bibliotheek', 'gemeente', 'uwv', 'welzijn'], fill: false, anonymous: false, roleSwap: false });
    expect(Object.values(draft.timers)).toEqual(['none', 'none', 'none', 'none']);
    const shown = { ...draft, rounds: 3, timers: { ...draft.timers, gebeurtenis: '60' as const, terugblik: '120' as const }, anonymous: true, roleSwap: true };
    const out = RoomSettingsSchema.parse(settingsFrom(shown, info));
    expect(out).toMatchObject({ rounds: 3, anonymousReflections: true, roleSwap: true, bots: [] });
    expect(out.timers).toEqual({ gebeurtenis: 60, overleg: null, uitvoering: null, terugblik: 120 });
    // And back: the form reads the same settings as it wrote them.
    expect(draftFrom({ settings: JSON.stringify(out) })).toEqual({ ...shown, roles: draft.roles });
  });

  it('fill only the roles nobody claimed with bots, as many as fit, at Start time', () => {
    const info = roomInfo({ seats: seats(['bibliotheek', 'gemeente'], ['Anna', 'Bram']) });
    const draft = { ...draftFrom(info)!, fill: true, mix: 'verbinder' as const };
    const out = settingsFrom(draft, info);
    expect(out.bots).toEqual([
      { role: 'uwv', personality: 'verbinder' },
      { role: 'welzijn', personality: 'verbinder' },
    ]);
    expect(settingsFrom({ ...draft, fill: false }, info).bots).toEqual([]);
  });

  it('keep at least three roles, and a role a player chose', () => {
    const info = roomInfo();
    const draft = draftFrom(info)!;
    const claimed = new Set(['bibliotheek', 'gemeente', 'welzijn']);
    expect(toggleRole(draft, 'gemeente', false, claimed)).toBe(draft);
    const three = toggleRole(draft, 'uwv', false, new Set());
    expect(three.roles).toEqual(['bibliotheek', 'gemeente', 'welzijn']);
    expect(toggleRole(three, 'welzijn', false, new Set())).toBe(three);
    expect(toggleRole(three, 'ggd', true, new Set()).roles).toContain('ggd');
  });

  it('make the projector and facilitator links, and read the host key back from a link', () => {
    expect(projectorLink('http://10.0.0.2:2567/', 'ABC234', 'k'.repeat(32), 'en')).toBe(`http://10.0.0.2:2567/?room=ABC234&projector=1&lang=en#key=${'k'.repeat(32)}`);
    const link = facilitatorLink('http://10.0.0.2:2567', 'ABC234', 'Host_key-123456');
    expect(link).toBe('http://10.0.0.2:2567/?room=ABC234#host=Host_key-123456');
    expect(hostKeyFromHash(new URL(link).hash)).toBe('Host_key-123456');
    expect(hostKeyFromHash('#key=abcdefghijklmnop')).toBeNull();
    expect(hostKeyFromHash('#host=short')).toBeNull();
    expect(hostKeyFromHash('')).toBeNull();
  });

  it('read a seat invitation from a link, and merge batches of reflections into the list', () => {
    expect(seatFromHash('#seat=Seat_token-12345')).toBe('Seat_token-12345');
    expect(seatFromHash('#host=Seat_token-12345')).toBeNull();
    const a = { id: 'a', questionId: 'samenwerking', text: 'Eén', hidden: false };
    const b = { id: 'b', questionId: 'samenwerking', text: 'Twee', hidden: false };
    const list = mergeReflections([], { items: [a], full: true });
    expect(mergeReflections(list, { items: [b], full: false })).toEqual([a, b]);
    expect(mergeReflections([a, b], { items: [{ ...a, text: '', hidden: true }], full: false })).toEqual([{ ...a, text: '', hidden: true }, b]);
    expect(mergeReflections([a, b], { items: [b], full: true })).toEqual([b]);
  });
});
