import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ColyseusSDK, Room as SDKRoom } from '@colyseus/sdk';
import { ROLES, type RoleId } from '../../shared/model/ids';
import { PROTOCOL_VERSION, ROOM_NAME, type RoomSettings, type ServerMessages } from '../../shared/protocol/messages';
import { ViewReader } from '../../shared/view/reader';
import type { GameView, PlayerView } from '../../shared/view/types';
import { BARE_ROOM } from './load-bare';

// The simulated players of `npm run bench:load`: rooms of a host (the facilitator, without a seat)
// and six players. The host paces the phases; in Overleg every player makes a legal move every
// ~2 s, chosen from its own view (pledge a card it holds to a project that needs it, take a pledge
// back, put an interest on the table), and times it until a view shows that move. Against the bare
// room the same clients send the same messages on the same schedule.

export interface LoadOptions {
  url: string;
  /** Several server processes: room i is created and played through urls[i % n] (default: [url]). */
  urls?: string[];
  mode: 'game' | 'bare';
  rooms: number;
  rounds: number;
  overlegMs: number;
  moveEveryMs: number;
  /** Bare room: bytes each client receives per change (measured on the game server in the same run). */
  padBytes: number;
  /** Called once every room is seated and started, just before the measured game begins. */
  onStart(): void;
}

export interface LoadResult {
  latenciesMs: number[];
  /** When each timed move was sent (ms from the start of the game), in the order of latenciesMs. */
  sentAtMs: number[];
  /** When a host's advance was acknowledged (ms from the start of the game): the phase changes. */
  advancedAtMs: number[];
  /** How long each host's advance took to be acknowledged (ms): its frames went out before it. */
  advanceLatenciesMs: number[];
  moves: number;
  refused: number;
  timedOut: number;
  /** Accepted moves and phase advances. */
  changes: number;
  /** Bytes every player received from the start of the game to its end. */
  playerBytes: number[];
  /** Bytes all clients (hosts included) received during the game. */
  allBytes: number;
  gameMs: number;
  /** performance.now() at the start of the game. */
  startedAt: number;
  /** The generator's own event loop during the game: p99 delay (ms) and CPU used (ms). */
  generator: { loopP99Ms: number; cpuMs: number };
}

const PLAYERS = 6;
const MOVE_TIMEOUT_MS = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Every frame a client receives is counted before the SDK decodes it.
type Counted = { __bytes?: { n: number } };
const proto = SDKRoom.prototype as unknown as { onMessageCallback(e: MessageEvent): void };
const decode = proto.onMessageCallback;
proto.onMessageCallback = function (this: Counted, event: MessageEvent) {
  if (this.__bytes) this.__bytes.n += (event.data as ArrayBuffer).byteLength;
  return decode.call(this, event);
};

// The welcome arrives before a new room's handlers can be registered; the SDK warns of each one.
const warn = console.warn;
console.warn = (...a: unknown[]) => {
  if (typeof a[0] === 'string' && a[0].includes('onMessage() not registered')) return;
  warn(...a);
};

type Reply = (ok: boolean) => void;

/** One connection: its latest view (full views and deltas applied), its byte count and its open requests. */
class Conn {
  view: GameView | null = null;
  readonly bytes = { n: 0 };
  private refs = 0;
  private readonly replies = new Map<string, Reply>();
  /** The move sent and not yet seen in a view: when, and how to recognise it. */
  pending: { at: number; seen(v: PlayerView): boolean; ref: string } | null = null;

  constructor(
    readonly room: SDKRoom,
    private readonly result: LoadResult,
  ) {
    (room as unknown as Counted).__bytes = this.bytes;
    room.onMessage('ack', (m: { ref?: string }) => this.reply(m.ref, true));
    room.onMessage('error', (m: { ref?: string }) => this.reply(m.ref, false));
    // As the browser reads views (client/src/net/connection.ts): the parts, put together.
    const reader = new ViewReader();
    room.onMessage('view', (v: ServerMessages['view']) => this.saw(reader.whole(v)));
    room.onMessage('pub', (d: ServerMessages['pub']) => this.saw(reader.public(d)));
    room.onMessage('delta', (d: ServerMessages['delta']) => {
      this.saw(reader.delta(d));
      if (d.ack) this.reply(d.ack.ref, true);
    });
    // The bare room's change: the mover's own copy is also its acknowledgement, as the game server's delta is.
    room.onMessage('change', (m: { by: string; ref: string }) => {
      if (m.by !== room.sessionId) return;
      if (this.pending?.ref === m.ref) this.done();
      this.reply(m.ref, true);
    });
    for (const type of ['welcome', 'notice', 'reflections', 'botSaid', 'signals']) room.onMessage(type, () => undefined);
  }

  request(type: string, payload: Record<string, unknown>): Promise<boolean> {
    const ref = `r${++this.refs}`;
    this.room.send(type, { ...payload, ref });
    return new Promise((resolve) => this.replies.set(ref, resolve));
  }

  /** A move: `seen` tells the view that shows it (the bare room echoes the ref instead). */
  move(type: string, payload: Record<string, unknown>, seen: (v: PlayerView) => boolean): void {
    const ref = `r${++this.refs}`;
    this.pending = { at: performance.now(), seen, ref };
    this.result.moves++;
    this.room.send(type, { ...payload, ref });
    this.replies.set(ref, (ok) => {
      if (ok) this.result.changes++;
      else if (this.pending?.ref === ref) {
        this.result.refused++;
        this.pending = null;
      }
    });
  }

  private reply(ref: string | undefined, ok: boolean): void {
    const r = ref === undefined ? undefined : this.replies.get(ref);
    if (!r) return;
    this.replies.delete(ref!);
    r(ok);
  }

  private saw(v: GameView | null): void {
    if (!v) throw new Error('a view delta before any full view');
    this.view = v;
    if (this.pending && v.kind === 'player' && this.pending.seen(v)) this.done();
  }

  private done(): void {
    this.result.latenciesMs.push(performance.now() - this.pending!.at);
    this.result.sentAtMs.push(this.pending!.at - this.result.startedAt);
    this.pending = null;
  }
}

const pledgedOf = (v: PlayerView, project: string, r: string): number =>
  (v.projects.find((p) => p.id === project)?.pledged[v.role] as Record<string, number> | undefined)?.[r] ?? 0;

/** A legal move from the player's own view, or null when it has none. */
function chooseMove(c: Conn): void {
  const v = c.view;
  if (v?.kind !== 'player' || v.phase !== 'overleg' || v.status !== 'playing') return;
  const frozen = new Set<string>(v.modifiers.frozen);
  const hand = v.hand as Record<string, number>;
  const pledges: [string, string][] = [];
  const unpledges: [string, string][] = [];
  for (const p of v.projects) {
    for (const [r, n] of Object.entries(p.missing)) if ((n ?? 0) > 0 && hand[r] > 0 && !frozen.has(r)) pledges.push([p.id, r]);
    if (p.ready) continue;
    for (const [r, n] of Object.entries(p.pledged[v.role] ?? {})) if ((n ?? 0) > 0 && !frozen.has(r)) unpledges.push([p.id, r]);
  }
  const secret = v.interests.find((i) => i.disclosedTo !== 'all');
  const x = Math.random();
  if (secret && (x < 0.1 || (pledges.length === 0 && unpledges.length === 0))) {
    return c.move('action', { action: { type: 'disclose', interestId: secret.id, to: 'all' } }, (w) => w.interests.find((i) => i.id === secret.id)?.disclosedTo === 'all');
  }
  const take = unpledges.length > 0 && (x < 0.35 || pledges.length === 0);
  const list = take ? unpledges : pledges;
  if (list.length === 0) return;
  const [projectId, r] = list[Math.floor(Math.random() * list.length)];
  const before = pledgedOf(v, projectId, r);
  const after = before + (take ? -1 : 1);
  c.move('action', { action: { type: take ? 'unpledge' : 'pledge', projectId, resources: { [r]: 1 } } }, (w) => pledgedOf(w, projectId, r) === after);
}

interface Table {
  host: Conn;
  players: Conn[];
  overleg: boolean;
  done: boolean;
}

function settings(rounds: number): RoomSettings {
  const timers = { gebeurtenis: null, overleg: null, uitvoering: null, terugblik: null };
  return { rounds, timers, roleSwap: false, roles: ROLES.slice(0, PLAYERS) as RoleId[], anonymousReflections: false, bots: [] };
}

async function seatTable(o: LoadOptions, index: number, result: LoadResult): Promise<Table> {
  const url = o.urls?.length ? o.urls[index % o.urls.length] : o.url;
  const sdk = (k: number) => new ColyseusSDK(url, { headers: { 'x-real-ip': `10.${(index >> 8) & 255}.${index & 255}.${k + 1}` } });
  if (o.mode === 'bare') {
    const host = new Conn(await sdk(0).create(BARE_ROOM, {}), result);
    const players = await Promise.all(Array.from({ length: PLAYERS }, (_, k) => sdk(k + 1).joinById(host.room.roomId, {})));
    return { host, players: players.map((r) => new Conn(r, result)), overleg: false, done: false };
  }
  const host = new Conn(await sdk(0).create(ROOM_NAME, { protocol: PROTOCOL_VERSION, settings: settings(o.rounds) }), result);
  const code = host.room.roomId;
  const rooms = await Promise.all(Array.from({ length: PLAYERS }, (_, k) => sdk(k + 1).joinById(code, { protocol: PROTOCOL_VERSION, name: `Speler ${k + 1}` })));
  const players = rooms.map((r) => new Conn(r, result));
  const claimed = await Promise.all(players.map((p, k) => p.request('claimRole', { role: ROLES[k] })));
  if (claimed.includes(false)) throw new Error(`room ${code}: a role was refused`);
  if (!(await host.request('host', { command: { kind: 'start' } }))) throw new Error(`room ${code}: start refused`);
  return { host, players, overleg: false, done: false };
}

/** The host's schedule: each round, Overleg for `overlegMs`, then the other phases in quick steps. */
async function hostLoop(o: LoadOptions, t: Table, result: LoadResult): Promise<void> {
  const advance = async (): Promise<void> => {
    const at = performance.now();
    const ok = o.mode === 'bare' ? await t.host.request('advance', { pad: o.padBytes }) : await t.host.request('host', { command: { kind: 'advance' } });
    if (!ok) throw new Error('advance refused');
    result.changes++;
    result.advancedAtMs.push(performance.now() - result.startedAt);
    result.advanceLatenciesMs.push(performance.now() - at);
  };
  await sleep(Math.random() * o.moveEveryMs);
  for (let round = 0; round < o.rounds; round++) {
    await advance();
    t.overleg = true;
    await sleep(o.overlegMs);
    t.overleg = false;
    for (let step = 0; step < 3; step++) {
      await sleep(200);
      await advance();
    }
  }
  t.done = true;
}

async function playerLoop(o: LoadOptions, t: Table, c: Conn, result: LoadResult): Promise<void> {
  await sleep(Math.random() * o.moveEveryMs);
  while (!t.done) {
    if (c.pending && performance.now() - c.pending.at > MOVE_TIMEOUT_MS) {
      result.timedOut++;
      c.pending = null;
    }
    if (t.overleg && !c.pending) {
      if (o.mode === 'bare') c.move('move', { pad: o.padBytes }, () => false);
      else chooseMove(c);
    }
    await sleep(o.moveEveryMs * (0.75 + Math.random() * 0.5));
  }
}

/** Seats every room, plays one game in each (all at once) and leaves. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { latenciesMs: [], sentAtMs: [], advancedAtMs: [], advanceLatenciesMs: [], startedAt: 0, moves: 0, refused: 0, timedOut: 0, changes: 0, playerBytes: [], allBytes: 0, gameMs: 0, generator: { loopP99Ms: 0, cpuMs: 0 } };
  const tables: Table[] = [];
  for (let i = 0; i < o.rooms; i += 20) {
    const batch = Array.from({ length: Math.min(20, o.rooms - i) }, (_, k) => seatTable(o, i + k, result));
    tables.push(...(await Promise.all(batch)));
  }
  if (o.mode === 'game') {
    for (const t of tables) for (const c of [t.host, ...t.players]) while (c.view === null) await sleep(20);
  }
  const conns = tables.flatMap((t) => [t.host, ...t.players]);
  for (const c of conns) c.bytes.n = 0;
  o.onStart();
  const started = performance.now();
  result.startedAt = started;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const cpu0 = process.cpuUsage();
  await Promise.all(tables.map((t) => Promise.all([hostLoop(o, t, result), ...t.players.map((c) => playerLoop(o, t, c, result))])));
  if (o.mode === 'game') {
    for (const c of conns) while (c.view?.status !== 'ended') await sleep(20);
  }
  result.gameMs = performance.now() - started;
  lag.disable();
  const cpu = process.cpuUsage(cpu0);
  result.generator = { loopP99Ms: lag.percentile(99) / 1e6, cpuMs: (cpu.user + cpu.system) / 1000 };
  result.playerBytes = tables.flatMap((t) => t.players.map((c) => c.bytes.n));
  result.allBytes = conns.reduce((n, c) => n + c.bytes.n, 0);
  await Promise.all(conns.map((c) => c.room.leave(true).catch(() => undefined)));
  return result;
}
