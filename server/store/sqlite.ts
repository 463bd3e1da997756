import { GameStore } from './GameStore';
import type { RecordStore } from './types';

// The embedded default: GameStore (node:sqlite, synchronous, one file) behind the async
// RecordStore interface. A write has committed (WAL, synchronous=FULL) when its promise resolves.

export class SqliteStore implements RecordStore {
  readonly kind = 'sqlite';
  readonly db: GameStore;

  constructor(readonly where: string) {
    this.db = new GameStore(where);
  }

  // async: a throw (a constraint, a full disk) becomes a rejected promise.
  hasRoom: RecordStore['hasRoom'] = async (...a) => this.db.hasRoom(...a);
  claimRoom: RecordStore['claimRoom'] = async (...a) => this.db.claimRoom(...a);
  saveLobby: RecordStore['saveLobby'] = async (...a) => this.db.saveLobby(...a);
  saveSeats: RecordStore['saveSeats'] = async (...a) => this.db.saveSeats(...a);
  startGame: RecordStore['startGame'] = async (...a) => this.db.startGame(...a);
  appendAction: RecordStore['appendAction'] = async (...a) => this.db.appendAction(...a);
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

  async close(): Promise<void> {
    this.db.close();
  }
}
