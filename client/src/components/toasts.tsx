import { useComputed } from '@preact/signals';
import { t } from '../i18n';
import { useApp, useStore } from '../state/context';

// The toasts live in their own region outside the app (main.tsx draws them there), drawn again only
// when they or the language change, so a screen reader announces each once.

export function Toasts() {
  const store = useStore();
  const app = useApp();
  const toasts = useComputed(() => store.state.value.toasts).value;
  const locale = useComputed(() => store.state.value.locale).value;
  return (
    <>
      {toasts.map((x) => (
        <div key={x.id} class={`toast ${x.kind}`} data-testid={`toast-${x.kind}`} lang={locale}>
          {x.icon ? (
            <img src={x.icon} alt="" class="role-icon small" width={24} height={24} draggable={false} />
          ) : (
            <span class="toast-mark" aria-hidden="true">
              {x.kind === 'project' ? '★' : 'ℹ'}
            </span>
          )}
          <span>{x.text(locale)}</span>
          <button type="button" class="toast-close" aria-label={t('close')} onClick={() => app.dismissToast(x.id)}>
            ×
          </button>
        </div>
      ))}
    </>
  );
}
