import { t } from '../i18n';
import { formatClock, isUrgent, remainingMs } from '../model/timer';
import { useAppState, useStore } from '../state/context';
import type { AppState } from '../state/state';

// The phase clock: reads the store's clock signal, so each tick redraws this text alone.

export function Clock() {
  const now = useStore().now.value;
  return (
    <span class="clock" data-clock="">
      {clockText(useAppState(), now)}
    </span>
  );
}

export function clockText(state: AppState, now: number): string {
  const info = state.info;
  if (!info) return '';
  if (info.paused) return `⏸ ${t('paused')}`;
  const ms = remainingMs(info, now, state.skew);
  if (ms === null) return t('untimed');
  return `${isUrgent(ms) ? '⚠ ' : ''}${t('timeLeft', { time: formatClock(ms) })}`;
}
