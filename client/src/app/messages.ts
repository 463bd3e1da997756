import type { Locale } from '../../../shared/model/ids';
import { t, translate } from '../i18n';
import type { Net, NetStatus, SendType } from '../net/connection';
import { refusalText, SLOT, type AppState, type Toast } from '../state/state';
import type { Store } from '../state/store';

// The messages a screen sends and their answers: each send names the slot on screen it belongs to
// (the control that caused it), so the engine's refusal or a short "Opgeslagen" shows right there.
// Toasts come and go here too.

export class Messages {
  private readonly pending = new Map<string, string>();
  private readonly notesFor = new Map<string, string>();
  private toastId = 0;

  constructor(
    private readonly store: Store,
    private readonly net: Net,
  ) {}

  private get state(): AppState {
    return this.store.state.peek();
  }

  send(type: SendType, payload: Record<string, unknown>, slot: string, note?: string): void {
    this.store.act('sent', slot);
    if (!this.net.connected) return this.fail(slot, t('connectionLost'));
    const ref = this.net.send(type, payload);
    this.pending.set(ref, slot);
    if (note) this.notesFor.set(ref, note);
  }

  acked(ref: string | undefined): void {
    if (!ref) return;
    const slot = this.pending.get(ref);
    this.pending.delete(ref);
    if (slot === undefined) return;
    const note = this.notesFor.get(ref);
    this.notesFor.delete(ref);
    this.store.act('answered', slot, note);
    if (slot === SLOT.dialog && this.state.dialog) this.store.act('dialogClosed');
  }

  refused(code: string, params: Record<string, string | number>, ref?: string): void {
    const slot = (ref && this.pending.get(ref)) ?? SLOT.global;
    if (ref) this.pending.delete(ref);
    this.fail(slot, this.message(code, params));
  }

  message(code: string, params: Record<string, string | number>): string {
    return refusalText(this.state.locale, code, params);
  }

  fail(slot: string, message: string): void {
    this.store.act('failed', slot, message);
    if (slot === SLOT.global) this.toast(message, '', 'info');
  }

  status(s: NetStatus, reason: string | null): void {
    const was = this.state.status;
    const lost = s === 'closed' && reason ? (reason === 'removed' ? t('removed') : reason === 'replaced' ? t('replaced') : this.message(reason, {})) : undefined;
    this.store.act('statusChanged', s, reason, lost);
    if (s === 'connected' && was === 'reconnecting') this.toast((l: Locale) => translate(l, 'reconnected'), '', 'info');
  }

  toast(text: string | Toast['text'], iconUrl: string, kind: Toast['kind'], offerId?: string): void {
    const id = ++this.toastId;
    const say = typeof text === 'string' ? () => text : text;
    this.store.act('toastShown', { id, text: say, icon: iconUrl, kind, offerId });
    setTimeout(() => this.store.act('toastDismissed', id), 7000);
  }
}
