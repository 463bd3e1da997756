import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Room, Server, type Client } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';

// The bare Colyseus room for `npm run bench:load`: what the same traffic costs with no game behind
// it. A move or an advance is answered the way the game server answers it, padded to the bytes the
// game server sent per change in the same run, so both servers put the same bytes on the same
// sockets at the same moments: a message to every client of the room; a player's own copy is its
// acknowledgement (the game server's travels inside the mover's view delta), while the host, whose
// projector frames are shared, gets its ack as a message of its own.

export const BARE_ROOM = 'bare';

type Change = { ref: string; pad: number };

class BareRoom extends Room {
  override onCreate(): void {
    this.autoDispose = true;
    const change = (client: Client, m: Change, ack: boolean): void => {
      const pad = 'x'.repeat(Math.max(0, m.pad));
      this.broadcast('change', { by: client.sessionId, ref: ack ? '' : m.ref, pad });
      if (ack) client.send('ack', { ref: m.ref });
    };
    this.onMessage('move', (client, m: Change) => change(client, m, false));
    this.onMessage('advance', (client, m: Change) => change(client, m, true));
  }
}

async function main(): Promise<void> {
  const httpServer = http.createServer();
  const server = new Server({ transport: new WebSocketTransport({ server: httpServer }), greet: false });
  server.define(BARE_ROOM, BareRoom);
  await server.listen(0, '127.0.0.1');
  console.log(`listening on http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`);
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1]?.endsWith('load-bare.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
