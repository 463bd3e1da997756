import type { GameRecord } from '../../../shared/rules/types';
import type { ProjectorView } from '../../../shared/view/types';
import type { ReflectionItem } from '../../../shared/protocol/reflections';
import type { DebriefPayload } from '../model/debrief';
import { hostKeyFor, storedHostKeys, type PastGame } from '../model/past';
import type { AppState, PastState } from '../state/state';
import type { DebriefUi } from '../state/port';
import type { Store as AppStore } from '../state/store';
import { loadEdition } from '../net/edition';
import { showEdition } from '../model/cards';

// "Eerdere spellen" for the controller: the facilitator's finished games (by the host keys this
// browser kept), one game's report (the debrief route) and its replay, one step of the record at a time.


interface Host {
  readonly state: AppState;
  readonly act: AppStore['act'];
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

type Replay = typeof import('../model/replay');

export class PastFlow {
  ui: DebriefUi | null = null;
  private replay: Replay | null = null;

  constructor(
    private readonly app: Host,
    private readonly endpoint: string,
  ) {}

  private get(path: string, token: string): Promise<Response> {
    return fetch(new URL(path, this.endpoint), { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  }

  /** Opens the list: the finished games of every host key kept here. */
  async open(): Promise<void> {
    this.app.act('pastSet', { phase: 'loading', games: [], open: null });
    const keys = storedHostKeys(storage());
    try {
      const games = keys.length === 0 ? [] : await this.get('/api/games?status=ended', keys.join(' ')).then(async (r) => (r.ok ? ((await r.json()) as { games: PastGame[] }).games : Promise.reject(new Error(String(r.status)))));
      if (this.app.state.past) this.app.act('pastSet', { ...this.app.state.past, phase: 'ready', games });
    } catch {
      if (this.app.state.past) this.app.act('pastSet', { ...this.app.state.past, phase: 'error' });
    }
  }

  close(): void {
    this.app.act('pastSet', null);
    this.app.act('debriefSet', null);
  }

  back(): void {
    this.app.act('pastOpenChanged', null);
    this.app.act('debriefSet', null);
  }

  /** One game's report (the debrief route, with its host key) and the replay at its last step. */
  async report(game: PastGame): Promise<void> {
    const past = this.app.state.past;
    const key = hostKeyFor(storage(), game.code);
    if (!past || !key) return;
    this.app.act('pastSet', { ...past, open: { game, phase: 'loading', data: null, step: 0, view: null, final: null } });
    try {
      const [res, ui, replay] = await Promise.all([
        this.get(`/api/games/${encodeURIComponent(game.code)}/debrief`, key),
        this.ui ? Promise.resolve(this.ui) : import('../screens/debrief/index'),
        this.replay ? Promise.resolve(this.replay) : import('../model/replay'),
      ]);
      this.ui = ui;
      this.replay = replay;
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as NonNullable<PastState['open']>['data'] & object;
      if (this.app.state.past?.open?.game.code !== game.code) return;
      // Last month's game shows last month's cards: the edition its record names.
      await loadEdition(this.endpoint, data.record.config.edition);
      showEdition(data.record.config.edition);
      const step = data.record.actions.length;
      const final = replay.viewAt(data.record, step);
      this.app.act('pastOpenChanged', { phase: 'ready', data, step, view: final, final });
      // The report's sections (and their exports) read the debrief state, as on the end screen.
      this.app.act('debriefSet', { code: game.code, phase: 'ready', data, agreement: data.agreement, next: null, againBusy: false });
    } catch {
      if (this.app.state.past?.open?.game.code === game.code) this.app.act('pastOpenChanged', { phase: 'error' });
    }
  }

  /** The replay's slider: the table after the first `k` actions. */
  step(k: number): void {
    const open = this.app.state.past?.open;
    const record: GameRecord | undefined = open?.data?.record;
    if (!open || !record || !this.replay) return;
    const n = Math.max(0, Math.min(record.actions.length, Math.round(k)));
    if (n === open.step && open.view) return;
    this.app.act('pastOpenChanged', { step: n, view: this.replay.viewAt(record, n) });
  }
}
