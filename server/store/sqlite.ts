import { log } from '../log';
import { Checkpointer } from './checkpointer';
import { GameStore, type AppendedAction } from './GameStore';
import type { RecordStore } from './types';

// The embedded default: GameStore (node:sqlite, synchronous, one file) behind the async
// RecordStore interface. A write has committed when its promise resolves: to the write-ahead log,
// so it survives the process being killed; GameStore says what a power cut can take. Moves of
// many rooms share one commit (appendAction); the log reaches the database file (and the disk)
// from another thread (checkpointer.ts).

export class SqliteStore implements RecordStore {
  readonly kind = 'sqlite';
  readonly db: GameStore;
  private readonly checkpointer: Checkpointer | null;
  /** Actions waiting for the next group commit. */
  private readonly pending: { a: AppendedAction; resolve: () => void; reject: (e: unknown) => void }[] = [];

  constructor(readonly where: string) {
    const file = where !== ':memory:';
    this.db = new GameStore(where, { checkpoints: !file });
    this.checkpointer = file ? new Checkpointer(where, (error) => log.error('checkpoint failed', { error })) : null;
  }

  // async: a throw (a constraint, a full disk) becomes a rejected promise.
  hasRoom: RecordStore['hasRoom'] = async (...a) => this.db.hasRoom(...a);
  claimRoom: RecordStore['claimRoom'] = async (...a) => this.db.claimRoom(...a);
  saveLobby: RecordStore['saveLobby'] = async (...a) => this.db.saveLobby(...a);
  saveSeats: RecordStore['saveSeats'] = async (...a) => this.db.saveSeats(...a);
  saveDoors: RecordStore['saveDoors'] = async (...a) => this.db.saveDoors(...a);
  startGame: RecordStore['startGame'] = async (...a) => this.db.startGame(...a);
  appendAction: RecordStore['appendAction'] = (code, index, actor, action, ended, now = Date.now()) =>
    new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.commitPending());
      this.pending.push({ a: { code, index, actor, action, ended, now }, resolve, reject });
    });
  saveTimer: RecordStore['saveTimer'] = async (...a) => this.db.saveTimer(...a);
  setStatus: RecordStore['setStatus'] = async (...a) => this.db.setStatus(...a);
  loadRoom: RecordStore['loadRoom'] = async (...a) => this.db.loadRoom(...a);
  gameRecord: RecordStore['gameRecord'] = async (...a) => this.db.gameRecord(...a);
  activeRoomCodes: RecordStore['activeRoomCodes'] = async (...a) => this.db.activeRoomCodes(...a);
  roomStatus: RecordStore['roomStatus'] = async (...a) => this.db.roomStatus(...a);
  roomMeta: RecordStore['roomMeta'] = async (...a) => this.db.roomMeta(...a);
  deleteRoom: RecordStore['deleteRoom'] = async (...a) => this.db.deleteRoom(...a);
  deleteStaleLobbies: RecordStore['deleteStaleLobbies'] = async (...a) => this.db.deleteStaleLobbies(...a);
  listGames: RecordStore['listGames'] = async (...a) => this.db.listGames(...a);
  listGamesByHost: RecordStore['listGamesByHost'] = async (...a) => this.db.listGamesByHost(...a);
  addReflection: RecordStore['addReflection'] = async (...a) => this.db.addReflection(...a);
  hideReflection: RecordStore['hideReflection'] = async (...a) => this.db.hideReflection(...a);
  loadReflections: RecordStore['loadReflections'] = async (...a) => this.db.loadReflections(...a);
  saveEvent: RecordStore['saveEvent'] = async (...a) => this.db.saveEvent(...a);
  loadEvent: RecordStore['loadEvent'] = async (...a) => this.db.loadEvent(...a);
  eventsByHost: RecordStore['eventsByHost'] = async (...a) => this.db.eventsByHost(...a);
  saveEdition: RecordStore['saveEdition'] = async (...a) => this.db.saveEdition(...a);
  loadEdition: RecordStore['loadEdition'] = async (...a) => this.db.loadEdition(...a);

  /**
   * Group commit: the moves of every room that arrive in one turn of the event loop are committed
   * together, in one transaction, and each hears of it only then. If the batch fails, each is tried
   * alone, so one bad action fails only its own move.
   */
  private commitPending(): void {
    const batch = this.pending.splice(0);
    try {
      this.db.appendActions(batch.map((p) => p.a));
      for (const p of batch) p.resolve();
    } catch {
      for (const p of batch) {
        try {
          this.db.appendActions([p.a]);
          p.resolve();
        } catch (e) {
          p.reject(e);
        }
      }
    }
  }

  /** Moves still waiting are committed; the worker stops; closing checkpoints whatever is left. */
  async close(): Promise<void> {
    if (this.pending.length > 0) this.commitPending();
    await this.checkpointer?.stop();
    this.db.close();
  }
}
