import { t } from '../i18n';
import { h, type UiNode } from './dom';

// "Editie": which edition's cards a game plays, by the code it is stored under on the server (a
// colleague shares it); empty for the standard edition. The server checks the code when the game
// starts and refuses an unknown one with a clear message (unknown_edition).

export function editionField(value: string, change: (code: string) => void, id = 'solo-edition'): UiNode {
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
      onInput: (e: Event) => change((e.target as HTMLInputElement).value),
    }),
    h('p', { class: 'hint', id: `${id}-help` }, t('editionHelp')),
  );
}
