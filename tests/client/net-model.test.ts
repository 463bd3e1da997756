import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION as SHARED_VERSION, ROOM_NAME as SHARED_ROOM } from '../../shared/protocol/messages';
import { CONTENT as SHARED_CONTENT } from '../../shared/content';
import { CONTENT } from '../../client/src/model/content';
import { PROTOCOL_VERSION, ROOM_NAME } from '../../client/src/net/protocol';
import { codeFromUrl, isValidCode, joinLink, normalizeCode } from '../../client/src/model/route';
import { forgetSession, lastCode, loadName, loadSession, saveName, saveSession } from '../../client/src/net/session';
import { clockSkew, formatClock, isUrgent, remainingMs } from '../../client/src/model/timer';

function memoryStore() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    size: () => m.size,
  };
}

describe('protocol and content the browser uses', () => {
  it('match the shared definitions', () => {
    expect(PROTOCOL_VERSION).toBe(SHARED_VERSION);
    expect(ROOM_NAME).toBe(SHARED_ROOM);
    // The client reads the card data without zod; it must be exactly what the server parses.
    expect(CONTENT).toEqual(SHARED_CONTENT);
  });
});

describe('room codes and join links', () => {
  it('accepts what a person types and finds the code in both link forms', () => {
    expect(normalizeCode(' abc-234 ')).toBe('ABC234');
    expect(isValidCode('abc234')).toBe(true);
    expect(isValidCode('ABC1O0')).toBe(false);
    expect(codeFromUrl({ pathname: '/', search: '?room=abc234' })).toBe('ABC234');
    expect(codeFromUrl({ pathname: '/ABC234', search: '' })).toBe('ABC234');
    expect(codeFromUrl({ pathname: '/', search: '' })).toBeNull();
    expect(codeFromUrl({ pathname: '/assets/x.js', search: '' })).toBeNull();
    expect(joinLink('http://host:2567/', 'ABC234')).toBe('http://host:2567/?room=ABC234');
  });
});

describe('the stored seat', () => {
  it('keeps seat token and host key per room so a reload returns to the seat', () => {
    const s = memoryStore();
    expect(loadSession(s, 'ABC234')).toBeNull();
    saveSession(s, { code: 'ABC234', seatToken: 'seat-token-123', hostKey: 'host-key-456' });
    expect(loadSession(s, 'ABC234')).toEqual({ code: 'ABC234', seatToken: 'seat-token-123', hostKey: 'host-key-456' });
    // A later welcome without a host key (a rejoin) never wipes the stored one.
    saveSession(s, { code: 'ABC234', seatToken: 'seat-token-123', hostKey: null });
    expect(loadSession(s, 'ABC234')!.hostKey).toBe('host-key-456');
    expect(lastCode(s)).toBe('ABC234');
    expect(loadSession(s, 'OTHER2')).toBeNull();
    forgetSession(s, 'ABC234');
    expect(loadSession(s, 'ABC234')).toBeNull();
    expect(lastCode(s)).toBeNull();
    saveName(s, 'Anna');
    expect(loadName(s)).toBe('Anna');
    s.setItem('kot.room.BAD234', '{not json');
    expect(loadSession(s, 'BAD234')).toBeNull();
  });
});

describe('the phase clock', () => {
  it('corrects for the server clock and shows paused and untimed phases', () => {
    const skew = clockSkew(10_000, 9_000); // the server is 1 s ahead
    expect(remainingMs({ phaseEndsAt: 70_000, paused: false, pausedRemainingMs: 0 }, 9_000, skew)).toBe(60_000);
    expect(remainingMs({ phaseEndsAt: 5_000, paused: false, pausedRemainingMs: 0 }, 9_000, skew)).toBe(0);
    expect(remainingMs({ phaseEndsAt: 0, paused: false, pausedRemainingMs: 0 }, 9_000, skew)).toBeNull();
    expect(remainingMs({ phaseEndsAt: 0, paused: true, pausedRemainingMs: 42_000 }, 9_000, skew)).toBe(42_000);
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(200)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(isUrgent(30_000)).toBe(true);
    expect(isUrgent(31_000)).toBe(false);
    expect(isUrgent(null)).toBe(false);
  });
});
