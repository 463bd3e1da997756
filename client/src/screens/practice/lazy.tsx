import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

// The practice views (the weak spot, the progress view) load on demand: their code (the rules that
// choose the next game) is not part of the start screen's download.

type Mod = typeof import('./index');

export function PracticeLazy({ part }: { part: 'progress' | 'weak-spot' }) {
  const [mod, setMod] = useState<Mod | null>(null);
  const [open, setOpen] = useState(part === 'weak-spot');
  useEffect(() => {
    if (!open || mod) return;
    let live = true;
    void import('./index').then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [open]);
  if (part === 'weak-spot') return mod ? <mod.WeakSpot /> : <p class="hint">{t('wsLoading')}</p>;
  return (
    <div class="practice-progress no-print">
      <button type="button" class="btn" aria-expanded={open} data-testid="progress-toggle" onClick={() => setOpen(!open)}>
        {open ? t('prgClose') : t('prgOpen')}
      </button>
      {open && mod ? <mod.StoredProgress /> : null}
    </div>
  );
}
