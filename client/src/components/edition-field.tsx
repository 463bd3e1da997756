import { t } from '../i18n';
import type { UiNode } from './dom';

// "Editie": which edition's cards a game plays, by the code it is stored under on the server (a
// colleague shares it); empty for the standard edition. The server checks the code when the game
// starts and refuses an unknown one with a clear message (unknown_edition).

/** `on`: 'input' reports every keystroke (a form kept in the browser); 'change' once the field is left (a setting sent to the server). */
export function editionField(value: string, change: (code: string) => void, id = 'solo-edition', on: 'input' | 'change' = 'input'): UiNode {
  const report = (e: Event) => change((e.target as HTMLInputElement).value);
  return (
    <div class="field">
      <label for={id}>{t('editionLabel')}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={16}
        autocomplete="off"
        spellcheck={false}
        placeholder={t('editionPlaceholder')}
        aria-describedby={`${id}-help`}
        data-key={id}
        data-testid={id}
        onInput={on === 'input' ? report : undefined}
        onChange={on === 'change' ? report : undefined}
      />
      <p class="hint" id={`${id}-help`}>
        {t('editionHelp')}
      </p>
    </div>
  );
}
