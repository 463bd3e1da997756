import { t } from '../i18n';
import { h, type UiNode } from './dom';

// "Editie": which edition's cards a game plays, by the code it is stored under on the server (a
// colleague shares it); empty for the standard edition. The server checks the code when the game
// starts and refuses an unknown one with a clear message (unknown_edition).

/** `on`: 'input' reports every keystroke (a form kept in the browser); 'change' once the field is left (a setting sent to the server). */
export function editionField(value: string, change: (code: string) => void, id = 'solo-edition', on: 'input' | 'change' = 'input'): UiNode {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, t('editionLabel')),
    h('input', {
      id,
      type: 'text',
      value,
      maxLength: 16,
      autocomplete: 'off',
      spellcheck: false,
      placeholder: t('editionPlaceholder'),
      'aria-describedby': `${id}-help`,
      'data-key': id,
      'data-testid': id,
      [on === 'input' ? 'onInput' : 'onChange']: (e: Event) => change((e.target as HTMLInputElement).value),
    }),
    h('p', { class: 'hint', id: `${id}-help` }, t('editionHelp')),
  );
}
