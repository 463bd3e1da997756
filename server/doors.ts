import { createHash, randomBytes } from 'node:crypto';
import { CREATE_PROOF, leadingZeroBits, parseProof, proofChallenge, proofInput } from '../shared/protocol/proof';
import { DEFAULT_BACKOFF, JoinBackoff, TokenBucket, type BackoffLimits, type Clock } from './ratelimit';

// The doors into the server, each with its own limit (ratelimit.ts has the building blocks):
//
// - Failed joins by code (unknown code, bad seat token or host key, unknown reconnection) are
//   counted per device (address + the `kot_device` cookie the server sets on the first page load)
//   with the usual backoff: a noisy or buggy device only slows itself down. Per address (and for
//   the whole server) they are counted too, but never lock anyone out: everyone at a venue shares
//   its address, so past the address's ceiling a join by code without credentials must bring a
//   proof of work for that code instead (shared/protocol/proof.ts). A guesser who throws its
//   cookie away pays for every guess; a newcomer at the same venue pays once. Credential holders
//   (a seat token, the host key, a projector key) never wait behind other devices' failures.
// - Creating rooms: a token bucket per device, and a larger one per address past which a creation
//   brings a proof of work instead of being refused (a script must not keep a venue from starting a game).
// - Taking a seat or watching (a join without credentials) is paced per address and room: a script
//   cannot fill a lobby faster than people walk in; a join that would wait too long is refused.
// - A seat's token coming back (a reload, a reconnection) is paced per seat from any address, and
//   watchers per room from any address: a reconnect storm or a crowd of scripted watchers queues at
//   the door instead of in the room's lane, where honest moves wait behind it.

export interface Who {
  ip: string | undefined;
  /** The device cookie, or '' (a script without cookies shares its address's no-cookie key). */
  device: string;
}

export interface BucketLimits {
  burst: number;
  perSecond: number;
}

export interface DoorLimits {
  deviceBackoff: BackoffLimits;
  addressBackoff: BackoffLimits;
  createPerDevice: BucketLimits;
  createPerAddress: BucketLimits;
  /** Joins without credentials into one room from one address: `burst` at once, then one per `intervalMs`. */
  joinPace: Pace;
  /** Joins with one seat's token into one room, from anywhere: a reload or a reconnection now and then, not a storm. */
  seatPace: Pace;
  /** Watchers joining one room by code, from any address: a class walking in, not a script. */
  watchPace: Pace;
  /** Joins with one host key or projector key, from anywhere: a few screens and tabs, not a crowd. */
  credentialPace: Pace;
  /** Failed joins from the whole server past which every join by code without credentials needs a proof. */
  globalBackoff: BackoffLimits;
  /** Leading zero bits of the proof of work (about 2^bits hashes; at 14, 0.07 s median in plain code on a busy machine). */
  proofBits: number;
}

export interface Pace {
  burst: number;
  intervalMs: number;
  maxWaitMs: number;
}

export const DEFAULT_DOOR_LIMITS: DoorLimits = {
  deviceBackoff: DEFAULT_BACKOFF,
  addressBackoff: { freeFailures: 100, baseMs: 1000, maxMs: 60_000, decayMs: 10_000 },
  createPerDevice: { burst: 5, perSecond: 1 / 15 },
  createPerAddress: { burst: 30, perSecond: 1 / 4 },
  joinPace: { burst: 3, intervalMs: 2000, maxWaitMs: 20_000 },
  seatPace: { burst: 3, intervalMs: 1500, maxWaitMs: 6000 },
  watchPace: { burst: 8, intervalMs: 250, maxWaitMs: 10_000 },
  credentialPace: { burst: 4, intervalMs: 1000, maxWaitMs: 5000 },
  // A thousand failures server-wide, one fading every 60 ms: past that, every join by code without credentials brings a proof.
  globalBackoff: { freeFailures: 1000, baseMs: 1000, maxMs: 60_000, decayMs: 60 },
  proofBits: 14,
};

/** A proof is good for the minute the server named and a few after it. */
const PROOF_MINUTES = 5;

export const DEVICE_COOKIE = 'kot_device';
const DEVICE_RE = /^[A-Za-z0-9_-]{16,64}$/;

export function newDeviceId(): string {
  return randomBytes(18).toString('base64url');
}

/** The device id from a Cookie header ('' when absent or not one of ours). */
export function deviceFromCookie(cookie: string | null | undefined): string {
  for (const part of (cookie ?? '').split(';')) {
    const [k, v] = part.split('=').map((s) => s.trim());
    if (k === DEVICE_COOKIE && v && DEVICE_RE.test(v)) return v;
  }
  return '';
}

export function whoFrom(ip: string | undefined, headers: Headers | undefined): Who {
  return { ip, device: deviceFromCookie(headers?.get('cookie')) };
}

export const whoKey = (who: Who): string => `${who.ip ?? ''}|${who.device}`;

/** Token buckets by key, forgotten once full again (so the map stays small). */
class Buckets {
  private readonly map = new Map<string, TokenBucket>();
  constructor(
    private readonly limits: BucketLimits,
    private readonly now: Clock,
  ) {}

  /** 0: a token was taken; otherwise milliseconds until one is there (nothing taken). */
  peek(key: string): number {
    const b = this.map.get(key);
    if (!b) return 0;
    const have = b.available();
    return have >= 1 ? 0 : Math.ceil(((1 - have) / this.limits.perSecond) * 1000);
  }

  take(key: string): void {
    let b = this.map.get(key);
    if (!b) this.map.set(key, (b = new TokenBucket(this.limits.burst, this.limits.perSecond, this.now)));
    b.take();
    if (this.map.size > 10_000) for (const [k, v] of this.map) if (v.available() >= this.limits.burst) this.map.delete(k);
  }
}

export class Doors {
  private readonly deviceFails: JoinBackoff;
  private readonly addressFails: JoinBackoff;
  private readonly globalFails: JoinBackoff;
  /** Proofs already used, with their minute: each one admits one join or creation. */
  private readonly usedProofs = new Map<string, number>();
  private readonly createDevice: Buckets;
  private readonly createAddress: Buckets;
  /** Theoretical arrival time of the next paced join, per address and room. */
  private readonly paced = new Map<string, number>();

  constructor(
    readonly limits: DoorLimits = DEFAULT_DOOR_LIMITS,
    private readonly now: Clock = Date.now,
  ) {
    this.deviceFails = new JoinBackoff(limits.deviceBackoff, now);
    this.addressFails = new JoinBackoff(limits.addressBackoff, now);
    this.globalFails = new JoinBackoff(limits.globalBackoff, now);
    this.createDevice = new Buckets(limits.createPerDevice, now);
    this.createAddress = new Buckets(limits.createPerAddress, now);
  }

  /** Milliseconds this device must wait before its next join attempt, for its own failures only (0: go ahead). */
  waitMs(who: Who): number {
    if (!who.ip) return 0;
    return this.deviceFails.waitMs(whoKey(who));
  }

  /** A failed join by code (unknown code or reconnection, bad seat token or host key). */
  failed(who: Who): void {
    this.globalFails.failed('*');
    if (!who.ip) return;
    this.deviceFails.failed(whoKey(who));
    this.addressFails.failed(who.ip);
  }

  /**
   * A join by code without credentials: null to go ahead, or the challenge its proof of work must
   * meet (asked only past the address's ceiling of failures, or the server's).
   */
  proofNeeded(who: Who, code: string, proof: string | undefined): string | null {
    const busy = this.addressFails.failures(who.ip) >= this.limits.addressBackoff.freeFailures || this.globalFails.failures('*') >= this.limits.globalBackoff.freeFailures;
    return busy ? this.checkProof(code, proof) : null;
  }

  /** null when `proof` is a fresh proof of work for `code` (now used up), else the challenge to meet. */
  private checkProof(code: string, proof: string | undefined): string | null {
    const minute = Math.floor(this.now() / 60_000);
    const p = proof === undefined ? null : parseProof(proof);
    if (p && p.minute <= minute && p.minute > minute - PROOF_MINUTES && !this.usedProofs.has(`${code}|${proof}`)) {
      const digest = createHash('sha256').update(proofInput(code, p.minute, p.nonce)).digest();
      if (leadingZeroBits(digest) >= this.limits.proofBits) {
        this.usedProofs.set(`${code}|${proof}`, p.minute);
        if (this.usedProofs.size > 10_000) for (const [k, m] of this.usedProofs) if (m <= minute - PROOF_MINUTES) this.usedProofs.delete(k);
        return null;
      }
    }
    return proofChallenge(this.limits.proofBits, minute);
  }

  /**
   * Takes one room creation: 0; the milliseconds this device must wait (nothing taken); or, when
   * only its address is busy, the challenge a proof of work must meet.
   */
  create(who: Who, proof?: string): number | string {
    if (!who.ip) return 0;
    const own = this.createDevice.peek(whoKey(who));
    if (own > 0) return own;
    if (this.createAddress.peek(who.ip) > 0) {
      const challenge = this.checkProof(CREATE_PROOF, proof);
      if (challenge !== null) return challenge;
    } else this.createAddress.take(who.ip);
    this.createDevice.take(whoKey(who));
    return 0;
  }

  /** A join without credentials into `code`: how long it must wait first, or -1 (refuse: too long). */
  joinDelay(who: Who, code: string): number {
    if (!who.ip) return 0;
    return this.pace(`${who.ip}|${code}`, this.limits.joinPace);
  }

  /** A join with a seat token (a reload, a reconnection, a second device): paced per seat, from any address. */
  seatDelay(code: string, seatToken: string): number {
    return this.pace(`seat|${code}|${seatToken}`, this.limits.seatPace);
  }

  /** A join with the host key or a projector key: paced per credential, from any address. */
  credentialDelay(code: string, kind: 'host' | 'projector', key: string): number {
    return this.pace(`${kind}|${code}|${createHash('sha256').update(key).digest('base64url')}`, this.limits.credentialPace);
  }

  /** A watcher joining by code: paced per room, from any address. */
  watchDelay(code: string): number {
    return this.pace(`watch|${code}`, this.limits.watchPace);
  }

  /** GCRA: `burst` at once, then one per `intervalMs`; the wait in ms, or -1 when it would pass `maxWaitMs`. */
  private pace(key: string, { burst, intervalMs, maxWaitMs }: Pace): number {
    const t = this.now();
    const tat = Math.max(this.paced.get(key) ?? t, t);
    const delay = Math.max(0, tat - t - (burst - 1) * intervalMs);
    if (delay > maxWaitMs) return -1;
    this.paced.set(key, tat + intervalMs);
    if (this.paced.size > 10_000) for (const [k, v] of this.paced) if (v <= t) this.paced.delete(k);
    return delay;
  }
}
