import { PERSONALITIES } from '../../../shared/bots/types';
import type { PlayerView } from '../../../shared/view/types';
import { t } from '../i18n';
import { botRepliesVM, offerReason, personalityName, seatBot } from '../model/bots';
import type { PartnerVM } from '../model/table';
import type { Personality } from '../net/protocol';
import type { App } from '../state/port';
import { slot } from './common';
import { useState } from 'preact/hooks';
import { icon, type UiNode } from './dom';
import { useApp, useAppState } from '../state/context';
import { roleIcon } from './icons';
import { SLOT, type AppState } from '../state/state';

// Bots at the table: the host's "let a bot play" / "back to the player" for a seat, the banner for a
// player whose seat a bot plays, and the bots' reasons next to offers.

/** For the host, on a partner whose player is gone or whose seat a bot plays for them. */
export function seatHostControls(state: AppState, app: App, p: Pick<PartnerVM, 'seat' | 'role' | 'roleName' | 'absent' | 'botForPerson'>): UiNode | null {
  if (!state.welcome?.host || state.view?.status !== 'playing' || p.seat < 0) return null;
  if (p.botForPerson) {
    return (
      <div class="seat-host">
        <button
          type="button"
          class="btn"
          key={`human-${p.seat}`}
          data-key={`human-${p.seat}`}
          data-testid={`human-seat-${p.role}`}
          onClick={() => app.humanSeat(p.seat)}
        >
          {t('backToPlayer')}
        </button>
        {slot(state, SLOT.seat(p.seat))}
      </div>
    );
  }
  if (!p.absent) return null;
  return <BotChoice key={`bot-choice-${p.seat}`} seat={p.seat} role={p.role} />;
}

/** The host chooses a bot's personality for an absent player's seat, and lets it play. */
function BotChoice({ seat, role }: { seat: number; role: string }): UiNode {
  const state = useAppState();
  const app = useApp();
  const [kind, setKind] = useState<Personality>(PERSONALITIES[0]);
  const id = `bot-kind-${seat}`;
  return (
    <div class="seat-host">
      <label for={id}>{t('botPersonality')}</label>
      <div class="row">
        <select
          id={id}
          key={id}
          data-key={id}
          data-testid={`bot-kind-${role}`}
          value={kind}
          onChange={(e) => setKind((e.target as HTMLSelectElement).value as Personality)}
        >
          {PERSONALITIES.map((k) => (
            <option value={k}>{personalityName(k, state.locale)}</option>
          ))}
        </select>
        <button type="button" class="btn" key={`bot-${seat}`} data-key={`bot-${seat}`} data-testid={`bot-seat-${role}`} onClick={() => app.botSeat(seat, kind)}>
          {t('letBotPlay')}
        </button>
      </div>
      {slot(state, SLOT.seat(seat))}
    </div>
  );
}

/** "Een bot speelt nu voor jou", with the button to play on oneself. */
export function takeOverBanner(state: AppState, app: App, v: PlayerView): UiNode | null {
  const mine = state.info?.seats.find((s) => s.seat === v.seat);
  const bot = seatBot(mine);
  if (!bot || v.status !== 'playing') return null;
  return (
    <div class="bot-banner" role="status" data-testid="bot-plays-for-you">
      <span>{t('botPlaysForYou', { personality: personalityName(bot, state.locale) })}</span>
      <button type="button" class="btn primary" key="take-back" data-key="take-back" data-testid="take-back" onClick={() => app.takeBack()}>
        {t('takeBack')}
      </button>
      {slot(state, SLOT.takeBack)}
    </div>
  );
}

/** A bot's reason under an offer it made me. */
export function offerReasonLine(state: AppState, offerId: string): UiNode | null {
  const reason = offerReason(state.botNotes, offerId, state.locale);
  if (!reason) return null;
  return (
    <p class="bot-reason" data-testid={`bot-reason-${offerId}`}>
      <span class="label">{`${t('why')}: `}</span>
      {`“${reason}”`}
    </p>
  );
}

/** The bots' answers to my offers this round: the outcome and, in one sentence, why. */
export function botReplies(state: AppState, v: PlayerView): UiNode | null {
  const replies = botRepliesVM(v.log, state.botNotes, v.role, v.round, state.locale);
  if (replies.length === 0) return null;
  return (
    <div class="bot-replies">
      <h3>{t('botReplies')}</h3>
      <ul data-testid="bot-replies">
        {replies.map((r) => (
          <li class={`reply ${r.outcome ?? ''}`} data-testid={`bot-reply-${r.offerId}`}>
            <p class="offer-head">
              {icon(roleIcon(r.role), 'role-icon small')}
              <strong>{r.text}</strong>
            </p>
            <p class="bot-reason" data-testid={`bot-reason-${r.offerId}`}>
              <span class="label">{`${t('why')}: `}</span>
              {`“${r.reason}”`}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
