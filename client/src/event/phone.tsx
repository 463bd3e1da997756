import { Connecting } from '../components/connecting';
import { EVENT_NOTE_MAX } from '../../../shared/protocol/constants';
import { te as t } from '../i18n/event';
import { roleName } from '../model/cards';
import { useEventApp, useEventState } from './context';

// A participant's phone: a name, then where they sit (table and role) or a clear waiting message.
// At the start a seat's phone goes to its table as a player; an observer watches the table as its
// projector shows it and writes observations for the debrief.

export function EventPhone() {
  const s = useEventState();
  if (!s.welcome) return <NameForm />;
  const p = s.placed;
  if (!p) {
    return <Connecting />;
  }
  const observer = !!p.where && 'observer' in p.where;
  const role = p.where && 'role' in p.where ? p.where.role : null;
  return (
    <main id="main" class="home ev-phone">
      <section class="card ev-placed" aria-live="polite" data-testid="ev-placed">
        {p.table !== null ? <p class="ev-big">{t('evTableN', { n: p.table + 1 })}</p> : <p class="ev-big">{t('evWaitTitle')}</p>}
        {role ? <p class="ev-role-big">{roleName(role, s.locale)}</p> : null}
        {p.shared ? <p class="ev-tag">{t('evShared')}</p> : null}
        <p data-testid="ev-placed-message">{p.message[s.locale]}</p>
        {p.seatToken ? <p class="hint">{t('evToTable')}</p> : null}
      </section>
      {observer && p.tableCode ? <Observer code={p.tableCode} /> : null}
    </main>
  );
}

function NameForm() {
  const s = useEventState();
  const app = useEventApp();
  return (
    <main id="main" class="home ev-phone">
      <form
        class="card"
        aria-labelledby="ev-name-h"
        onSubmit={(e) => {
          e.preventDefault();
          void app.join();
        }}
      >
        <h1 id="ev-name-h">{t('evWelcome')}</h1>
        <p class="hint">{t('evWelcomeHelp', { code: s.code ?? '' })}</p>
        <div class="field">
          <label for="ev-name">{t('yourName')}</label>
          <input id="ev-name" data-testid="ev-name" type="text" maxLength={24} autocomplete="nickname" value={s.name} onInput={(e) => app.typed('name', (e.target as HTMLInputElement).value)} />
        </div>
        {s.error ? (
          <p class="error" role="alert" data-testid="ev-error">
            {s.error}
          </p>
        ) : null}
        <button type="submit" class="btn primary" data-testid="ev-join" disabled={s.busy}>
          {s.busy ? t('connecting') : t('evJoin')}
        </button>
      </form>
    </main>
  );
}

/** What the table's projector shows, and a box for observations (they go to the debrief). */
function Observer({ code }: { code: string }) {
  const s = useEventState();
  const app = useEventApp();
  return (
    <>
      <section class="card ev-observe" aria-labelledby="ev-obs-h">
        <h2 id="ev-obs-h">{t('evObserveTitle')}</h2>
        <iframe class="ev-frame" title={t('evObserveFrame')} src={`/?room=${encodeURIComponent(code)}&projector=1&lang=${s.locale}`} data-testid="ev-observe-frame" />
      </section>
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault();
          app.note();
        }}
      >
        <label for="ev-note">{t('evNoteLabel')}</label>
        <textarea id="ev-note" data-testid="ev-note" maxLength={EVENT_NOTE_MAX} rows={3} value={s.noteDraft} onInput={(e) => app.typed('noteDraft', (e.target as HTMLTextAreaElement).value)} />
        <button type="submit" class="btn primary" data-testid="ev-note-send">
          {t('evNoteSend')}
        </button>
        <p role="status" class="hint" data-testid="ev-note-status">
          {s.error ? <span class="error">{s.error}</span> : s.note}
        </p>
      </form>
    </>
  );
}
