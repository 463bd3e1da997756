import { nextPractice } from '../../../../shared/practice/choose';
import type { History } from '../../../../shared/practice/history';
import type { PracticeSetup } from '../../../../shared/practice/choose';
import type { Locale } from '../../../../shared/model/ids';
import { t, type Key } from '../../i18n';
import * as cards from '../../model/cards';
import { readHistory } from '../../model/practice';
import { useApp, useAppState } from '../../state/context';
import { ProgressView } from './progress';
import '../../coach.css';

// Practice that adapts, loaded on demand (screens/practice/lazy.tsx): the next game chosen for the
// player's weak spot with its reason, and the progress view, both from the history on this device.

export { ProgressView };

const local = (): Pick<Storage, 'getItem'> | null => {
  try {
    return localStorage;
  } catch {
    return null;
  }
};

export function StoredProgress() {
  const { locale } = useAppState();
  const { history, skipped } = readHistory(local());
  return <ProgressView history={history} skipped={skipped} locale={locale} />;
}

export function WeakSpot() {
  const { locale, busy } = useAppState();
  const { history } = readHistory(local());
  return <WeakSpotView setup={nextPractice(history)} history={history} locale={locale} busy={busy} />;
}

/** The set-up `nextPractice` picks, its reason, and one button to play it. */
export function WeakSpotView({ setup, locale, busy }: { setup: PracticeSetup; history: History; locale: Locale; busy: boolean }) {
  const app = useApp();
  const bots = setup.bots === 'mixed' ? t('personality_surprise') : t(`personality_${setup.bots}` as Key);
  return (
    <div class="weak-spot" role="group" aria-labelledby="h-weak-spot" data-testid="weak-spot" data-focus={setup.focus}>
      <h3 id="h-weak-spot">{t('wsTitle')}</h3>
      <p data-testid="weak-spot-reason">{setup.reason[locale]}</p>
      <p class="muted">{t('wsSetup', { role: cards.roleName(setup.role, locale), seats: setup.seats, rounds: setup.rounds, bots })}</p>
      <button type="button" class="btn primary" disabled={busy} data-testid="weak-spot-start" onClick={() => void app.solo.practise(setup)}>
        {t('wsStart')}
      </button>
    </div>
  );
}
