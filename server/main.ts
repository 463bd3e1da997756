import { startServer } from './app';
import { loadConfig } from './config';
import { lanAddress, listensOnAllInterfaces } from './lan';
import { log } from './log';

// Entry point: `npm run dev` / `npm start`. Prints "listening on <url>" once it accepts players;
// SIGTERM/SIGINT stop it gracefully (clients told, records flushed) and exit 0.

async function main(): Promise<void> {
  const config = loadConfig();
  const running = await startServer(config);
  console.log(`listening on ${running.url}`);
  const lan = lanAddress();
  if (lan && listensOnAllInterfaces(config.host) && !config.publicUrl) {
    console.log(`players on the same network join at http://${lan}:${running.port}`);
  }
  let exiting = false;
  const shutdown = (signal: string): void => {
    if (exiting) return;
    exiting = true;
    log.info('signal received', { signal });
    running.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error('shutdown failed', { error: String(e) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(`could not start: ${(e as Error)?.message ?? e}`);
  process.exit(1);
});
