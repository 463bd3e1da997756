import type { RoleId } from '../../../shared/model/ids';
import { t, translate } from '../i18n';
import * as cards from '../model/cards';
import type { PracticeSetup } from '../../../shared/practice/choose';
import { savePracticeFocus } from '../model/practice-focus';
import { editionCode, loadSoloGame, loadSoloPrefs, saveSoloGame, saveSoloPrefs, soloRole, soloSettings, type SoloChoice } from '../model/solo';
import type { Net, Welcome } from '../net/connection';
import type { BotSaid } from '../model/bots';
import { roleIcon } from '../components/icons';
import type { AppState, Toast } from '../state/state';
import type { Store as AppStore } from '../state/store';

// Solo practice and bots, for the controller: the two-click start (create with bots, claim the role,
// start), coming back to an unfinished practice game, and what bots say.

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SoloHost {
  readonly state: AppState;
  readonly act: AppStore['act'];
  claim(role: RoleId): void;
  host(command: { kind: 'start' } | { kind: 'pause' }): void;
  enterRoom(connect: () => Promise<void>): Promise<void>;
  playerName(): string | null;
  join(code: string): Promise<void>;
  leave(keepSeat?: boolean): Promise<void>;
  toast(text: string | Toast['text'], icon: string, kind: Toast['kind']): void;
}

export class SoloFlow {
  /** The role to claim as soon as the room we are creating welcomes us. */
  private pending: RoleId | null = null;

  constructor(
    private readonly app: SoloHost,
    private readonly net: Net,
    private readonly store: Store | null,
  ) {}

  open(open: boolean): void {
    this.app.act('soloOpened', open, open ? loadSoloPrefs(this.store) : undefined);
  }

  choose(choice: Partial<SoloChoice>): void {
    this.app.act('soloChosen', choice);
  }

  /** Start: a room with bots for the other roles; the welcome claims the role and starts the game. */
  async start(): Promise<void> {
    const choice = { ...this.app.state.solo };
    saveSoloPrefs(this.store, choice);
    const role = soloRole(choice);
    this.pending = role;
    const name = this.app.playerName() ?? t('soloName');
    const edition = editionCode(choice.edition);
    await this.app.enterRoom(() => this.net.create(name, { ...soloSettings(role, choice), ...(edition ? { edition } : {}) }));
    if (!this.net.connected) this.pending = null;
  }

  /** "Oefen je zwakke plek": the set-up nextPractice chose (its table, bots, rounds and game seed). */
  async practise(setup: Pick<PracticeSetup, 'role' | 'settings' | 'focus' | 'seed'>): Promise<void> {
    savePracticeFocus(this.store, setup.focus);
    this.pending = setup.role;
    const name = this.app.playerName() ?? t('soloName');
    await this.app.enterRoom(() => this.net.create(name, { ...setup.settings, seed: setup.seed }));
    if (!this.net.connected) {
      this.pending = null;
      savePracticeFocus(this.store, null);
    }
  }

  welcomed(w: Welcome): void {
    const role = this.pending;
    if (!role || w.seat === null) return;
    this.pending = null;
    saveSoloGame(this.store, { code: w.code, role });
    // Sent in order: the server claims the role, then starts the game.
    this.app.claim(role);
    this.app.host({ kind: 'start' });
  }

  /** The unfinished practice game kept in this browser, if its seat can still be returned to. */
  unfinished(hasSession: (code: string) => boolean): string | null {
    const g = loadSoloGame(this.store);
    return g && hasSession(g.code) ? g.code : null;
  }

  async resume(code: string): Promise<void> {
    await this.app.join(code);
  }

  /** Pause the game (the bots wait too) and go to the start screen, keeping the seat. */
  async later(): Promise<void> {
    const info = this.app.state.info;
    if (info && info.status === 'playing' && !info.paused) this.app.host({ kind: 'pause' });
    await this.app.leave(true);
  }

  /** A finished practice game is no longer offered as "Verder oefenen". */
  ended(code: string | null): void {
    if (code && loadSoloGame(this.store)?.code === code) saveSoloGame(this.store, null);
  }

  botSaid(m: BotSaid): void {
    this.app.act('botSaid', m);
    // A reason about an offer is meant for me (the bot's audience): say it at once. Public moves
    // (pledges, cards on the table) go to the feed only, so the screen does not fill with toasts.
    if (m.offerId) this.app.toast((l) => translate(l, 'botSays', { role: cards.roleName(m.role, l), reason: m.reason[l] }), roleIcon(m.role), 'bot');
  }
}
