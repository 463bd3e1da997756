import type { RoleId } from '../../../shared/model/ids';
import type { Cue } from '../model/cues';

// The Phaser effects layer (fx/board.ts), loaded on demand the first time a game is on the table,
// so the lobby never waits for it. Nothing depends on seeing it: the toasts say the same in words.

export interface Effects {
  play(cues: Cue[], me: RoleId | null): void;
}

export class EffectsLayer {
  private effects: Effects | null = null;
  private loading = false;
  loader: (() => Promise<Effects>) | null = null;

  /** A game is on the table: load the layer once. */
  wanted(): void {
    if (this.effects || this.loading || !this.loader) return;
    this.loading = true;
    this.loader().then(
      (fx) => (this.effects = fx),
      () => undefined,
    );
  }

  play(cues: Cue[], me: RoleId | null): void {
    if (cues.length) requestAnimationFrame(() => this.effects?.play(cues, me));
  }
}
