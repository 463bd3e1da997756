import { Worker } from 'node:worker_threads';

// The disk's part of SQLite's durability, off the server's thread. Commits go to the write-ahead
// log (synchronous=NORMAL: a write, no wait for the disk); a checkpoint copies the log into the
// database and waits for the disk, which takes milliseconds, and on the server's thread every room
// would wait for it. So the server's own connection never checkpoints (wal_autocheckpoint=0): a
// worker thread with its own connection does, every `everyMs`, alongside the commits (PASSIVE:
// it never blocks a writer). A power cut loses at most what was committed since its last one.

export const CHECKPOINT_EVERY_MS = 1000;

// Plain JavaScript (eval), so the worker needs no TypeScript loader in any runner.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.file);
db.exec('PRAGMA busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.exec('PRAGMA wal_checkpoint(PASSIVE)');
  } catch (e) {
    parentPort.postMessage(String(e));
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export class Checkpointer {
  private readonly worker: Worker;

  constructor(file: string, onError: (message: string) => void, everyMs = CHECKPOINT_EVERY_MS) {
    this.worker = new Worker(WORKER, { eval: true, workerData: { file, everyMs } });
    this.worker.on('message', (m: string) => onError(m));
    this.worker.on('error', (e) => onError(String(e)));
    // The server's lifetime decides when the process ends, not this thread.
    this.worker.unref();
  }

  /** Stops checkpointing and closes the worker's connection (the caller checkpoints last). */
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    this.worker.ref(); // kept alive until it has closed its connection
    this.worker.postMessage('stop');
    await exited;
  }
}
