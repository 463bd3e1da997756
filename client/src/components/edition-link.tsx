import { t } from '../i18n';
import type { UiNode } from './dom';

// The way to the edition editor (its own page, /?editie, loaded only when opened).

export const EDITOR_HREF = '/?editie';

/** The start screen's card. */
export function editionCard(): UiNode {
  return (
    <section class="card edition-link" aria-labelledby="h-edition" data-testid="edition-card">
      <h2 id="h-edition">{t('edMake')}</h2>
      <p class="hint">{t('edMakeHelp')}</p>
      <a class="btn" href={EDITOR_HREF} data-testid="open-editor">
        {t('edMake')}
      </a>
    </section>
  );
}

/** The console's link: a new tab, so the game on this screen goes on. */
export function editionLink(): UiNode {
  return (
    <a class="btn ghost" href={EDITOR_HREF} target="_blank" rel="noopener" data-testid="open-editor">
      {t('edMake')}
    </a>
  );
}
