import { matchMaker } from '@colyseus/core';
import { nanoid } from 'nanoid';
import { log } from '../log';
import { restoreRoom } from '../restore';
import type { RoomContext } from '../room/context';

// With several processes (REDIS_URL) an event's tables are spread over them when they are made,
// so a busy day does not rest on one process: each process listens on its own presence channel
// for "load this stored room", and the event asks the processes in turn. Whichever process a table
// lands in, it reports to the event through presence (room/eventLink.ts). One process: all load here.

const loadTopic = (processId: string): string => `kot:load:${processId}`;
const ASK_MS = 10_000;

/** Every process answers requests to load a stored room (called once at start-up, with several processes). */
export async function listenForLoads(ctx: RoomContext): Promise<void> {
  await matchMaker.presence.subscribe(loadTopic(matchMaker.processId), (req: { code: string; reply: string }) => {
    void restoreRoom(ctx, req.code)
      .catch(() => false)
      .then((ok) => matchMaker.presence.publish(req.reply, ok));
  });
}

async function askToLoad(processId: string, code: string): Promise<boolean> {
  const reply = `kot:loaded:${nanoid(12)}`;
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      void Promise.resolve(matchMaker.presence.unsubscribe(reply)).catch(() => undefined);
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), ASK_MS);
    void Promise.resolve(matchMaker.presence.subscribe(reply, (ok: boolean) => done(ok === true)))
      .then(() => matchMaker.presence.publish(loadTopic(processId), { code, reply }))
      .catch(() => done(false));
  });
}

/** Loads new tables, spread over the live processes (this one first); a process that does not answer leaves its table here. */
export async function loadSpread(ctx: RoomContext, codes: string[]): Promise<void> {
  let processes = [matchMaker.processId];
  if (ctx.cluster) {
    const others = (await matchMaker.stats.fetchAll().catch(() => [])).map((p) => p.processId).filter((p) => p !== matchMaker.processId).sort();
    processes = [matchMaker.processId, ...others];
  }
  await Promise.all(
    codes.map(async (code, i) => {
      const target = processes[i % processes.length];
      const ok = target !== matchMaker.processId && (await askToLoad(target, code));
      if (!ok && !(await restoreRoom(ctx, code))) log.warn('event table not loaded', { code });
    }),
  );
}
