import os from 'node:os';

// Join links that work for the other devices in the room. A facilitator usually opens the game at
// http://localhost:2567 on their own laptop; a join link or QR code with "localhost" in it would
// lead every phone to itself. When the server listens on all interfaces and no PUBLIC_URL is set,
// links made for a loopback origin use this machine's address on the local network instead.

export function lanAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/i;

export function listensOnAllInterfaces(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '';
}

/**
 * The origin to put in join links, given the origin the creator's browser used. The machine's address
 * is looked up only for a loopback origin on a server listening on all interfaces (each join asks
 * this; the lookup lists every network interface), and then afresh: a laptop may change networks.
 */
export function shareableOrigin(origin: string, host: string, lan?: string | null): string {
  if (!listensOnAllInterfaces(host)) return origin;
  const url = new URL(origin);
  if (!LOOPBACK.test(url.hostname)) return origin;
  const address = lan === undefined ? lanAddress() : lan;
  if (!address) return origin;
  url.hostname = address;
  return url.origin;
}
