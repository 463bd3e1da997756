import { PERSONALITIES } from '../../../shared/bots/types';
import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import { botRepliesVM, offerReason, personalityName } from '../model/bots';
import type { PartnerVM } from '../model/table';
import { seatBot, type Personality } from '../net/protocol';
import type { App } from '../state/port';
import { slot } from './common';
import { useState } from 'preact/hooks';
import { c, h, icon, type UiNode } from './dom';
import { useApp, useAppState } from '../state/context';
import { roleIcon } from './icons';
import { SLOT, type AppState } from '../state/state';

// Bots at the table: the host's "let a bot play" / "back to the player" for a seat, the banner for a
// player whose seat a bot plays, and the bots' reasons next to offers.

/** For the host, on a partner whose player is gone or whose seat a bot plays for them. */
export function seatHostControls(state: AppState, app: App, p: Pick<PartnerVM, 'seat' | 'role' | 'roleName' | 'absent' | 'botForPerson'>): UiNode | null {
  if (!state.welcome?.host || state.view?.status !== 'playing' || p.seat < 0) return null;
  if (p.botForPerson) {
    return h(
      'div',
      { class: 'seat-host' },
      h('button', { type: 'button', class: 'btn', 'data-key': `human-${p.seat}`, 'data-testid': `human-seat-${p.role}`, onClick: () => app.humanSeat(p.seat) }, t('backToPlayer')),
      slot(state, SLOT.seat(p.seat)),
    );
  }
  if (!p.absent) return null;
  return c(BotChoice, { key: `bot-choice-${p.seat}`, seat: p.seat, role: p.role });
}

/** The host chooses a bot's personality for an absent player's seat, and lets it play. */
function BotChoice({ seat, role }: { seat: number; role: string }): UiNode {
  const state = useAppState();
  const app = useApp();
  const [kind, setKind] = useState<Personality>(PERSONALITIES[0]);
  const id = `bot-kind-${seat}`;
  return h(
    'div',
    { class: 'seat-host' },
    h('label', { for: id }, t('botPersonality')),
    h(
      'div',
      { class: 'row' },
      h(
        'select',
        { id, 'data-key': id, 'data-testid': `bot-kind-${role}`, value: kind, onChange: (e) => setKind((e.target as HTMLSelectElement).value as Personality) },
        PERSONALITIES.map((k) => h('option', { value: k }, personalityName(k, state.locale))),
      ),
      h('button', { type: 'button', class: 'btn', 'data-key': `bot-${seat}`, 'data-testid': `bot-seat-${role}`, onClick: () => app.botSeat(seat, kind) }, t('letBotPlay')),
    ),
    slot(state, SLOT.seat(seat)),
  );
}

/** "Een bot speelt nu voor jou", with the button to play on oneself. */
export function takeOverBanner(state: AppState, app: App, v: PlayerView): UiNode | null {
  const mine = state.info?.seats.find((s) => s.seat === v.seat);
  const bot = seatBot(mine);
  if (!bot || v.status !== 'playing') return null;
  return h(
    'div',
    { class: 'bot-banner', role: 'status', 'data-testid': 'bot-plays-for-you' },
    h('span', null, t('botPlaysForYou', { personality: personalityName(bot, state.locale) })),
    h('button', { type: 'button', class: 'btn primary', 'data-key': 'take-back', 'data-testid': 'take-back', onClick: () => app.takeBack() }, t('takeBack')),
    slot(state, SLOT.takeBack),
  );
}

/** A bot's reason under an offer it made me. */
export function offerReasonLine(state: AppState, offerId: string): UiNode | null {
  const reason = offerReason(state.botNotes, offerId, state.locale);
  if (!reason) return null;
  return h('p', { class: 'bot-reason', 'data-testid': `bot-reason-${offerId}` }, h('span', { class: 'label' }, `${t('why')}: `), `“${reason}”`);
}

/** The bots' answers to my offers this round: the outcome and, in one sentence, why. */
export function botReplies(state: AppState, v: PlayerView): UiNode | null {
  const replies = botRepliesVM(v.log, state.botNotes, v.role, v.round, state.locale);
  if (replies.length === 0) return null;
  return h(
    'div',
    { class: 'bot-replies' },
    h('h3', null, t('botReplies')),
    h(
      'ul',
      { 'data-testid': 'bot-replies' },
      replies.map((r) =>
        h(
          'li',
          { class: `reply ${r.outcome ?? ''}`, 'data-testid': `bot-reply-${r.offerId}` },
          h('p', { class: 'offer-head' }, icon(roleIcon(r.role), 'role-icon small'), h('strong', null, r.text)),
          h('p', { class: 'bot-reason', 'data-testid': `bot-reason-${r.offerId}` }, h('span', { class: 'label' }, `${t('why')}: `), `“${r.reason}”`),
        ),
      ),
    ),
  );
}
