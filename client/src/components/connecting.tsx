import { t } from '../i18n';
import type { UiNode } from './dom';

/** The page while its connection is being made: the game's screens and a training day's phone alike. */
export function Connecting(): UiNode {
  return (
    <main id="main" class="home">
      <p class="card" role="status">
        {t('connecting')}
      </p>
    </main>
  );
}
