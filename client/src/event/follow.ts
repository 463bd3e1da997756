import { saveSession } from '../net/session';
import { EventNet, FOLLOW_KEY, loadCredentials } from './net';

// A phone that went from the event to its table keeps listening to the event in the background:
// when its place changes (the second game, with new tables), it goes to its new table. The table
// room itself brings the facilitator's messages, so nothing else is shown from here.

type Storage_ = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function followEvent(storage: Storage_ | null, endpoint: string, tableCode: string | null, go: (url: string) => void = (u) => location.assign(u)): EventNet | null {
  const follow = readFollow(storage);
  if (!follow || !tableCode || follow.table !== tableCode) return null;
  const token = loadCredentials(storage, follow.event).participantToken;
  if (!token) return null;
  const event = follow.event;
  const net: EventNet = new EventNet(endpoint, {
    eventWelcome: () => undefined,
    status: () => undefined,
    placed: (p) => {
      if (!p.tableCode || !p.seatToken || p.tableCode === tableCode) return;
      saveSession(storage, { code: p.tableCode, seatToken: p.seatToken, hostKey: null });
      storage?.setItem(FOLLOW_KEY, JSON.stringify({ event, table: p.tableCode }));
      net.leave();
      go(`/?room=${encodeURIComponent(p.tableCode)}`);
    },
  });
  void net.join(event, { participantToken: token }, () => ({ participantToken: token })).catch(() => undefined);
  return net;
}

function readFollow(storage: Storage_ | null): { event: string; table: string } | null {
  try {
    return JSON.parse(storage?.getItem(FOLLOW_KEY) ?? 'null') as { event: string; table: string } | null;
  } catch {
    return null;
  }
}
