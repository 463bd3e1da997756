import { te as t } from '../i18n/event';
import { useEventState } from './context';
import { OnBoard, PhaseLine, Ring, SeatList } from './table-card';
import type { TableOverview } from '../../../shared/protocol/event';

// The event's projector (1920×1080). DOM, not the table's Phaser wall: a grid of 3–12 tables is
// text, figures and small rings that the browser lays out and scales by itself, and it reads the
// overview as it comes. Before the start: the one code, QR and link, and the tables filling up;
// during play all tables side by side, or the one in focus; at the end the comparison.

export function EventWall() {
  const s = useEventState();
  const o = s.overview;
  if (!o) {
    return (
      <main id="main" class="ev-wall">
        <p class="ev-wall-wait" role="status">
          {s.error ?? t('connecting')}
        </p>
      </main>
    );
  }
  const ended = o.status !== 'lobby' && o.tables.length > 0 && o.tables.every((x) => x.status === 'ended');
  const focus = typeof o.focus === 'number' ? o.tables.find((x) => x.index === o.focus) : null;
  return (
    <main id="main" class="ev-wall" data-testid="ev-wall" data-view={o.status === 'lobby' ? 'lobby' : focus ? 'focus' : ended || o.focus === 'compare' ? 'compare' : 'wall'}>
      {o.status === 'lobby' ? null : (
        <header class="ev-wall-head">
          <strong>{o.title ?? t('evTitle')}</strong>
          <span>
            {t('evWallCode')} <span class="ev-wall-join-code">{s.code}</span>
          </span>
        </header>
      )}
      {o.status === 'lobby' ? <WallLobby /> : focus ? <Focus tab={focus} /> : ended || o.focus === 'compare' ? <Compare tables={o.tables} /> : <Grid tables={o.tables} />}
    </main>
  );
}

function WallLobby() {
  const s = useEventState();
  const o = s.overview!;
  const tableOf = (w: (typeof o.people)[number]['where']) => (w && 'table' in w ? w.table : -1);
  const count = Math.max(0, ...o.people.map((p) => tableOf(p.where) + 1));
  return (
    <div class="ev-wall-lobby">
      <div class="ev-wall-join">
        {o.title ? <p class="ev-wall-title">{o.title}</p> : null}
        <h1>{t('evWallJoin')}</h1>
        <p class="ev-wall-code" data-testid="ev-wall-code">
          {s.code}
        </p>
        {s.qr ? <img src={s.qr} alt={t('evQrAlt')} width={320} height={320} /> : null}
        <p class="ev-wall-link">{s.welcome?.joinUrl}</p>
      </div>
      <div class="ev-wall-filling">
        <h2>{t('evPeople', { n: o.people.length })}</h2>
        <div class="ev-wall-plan">
          {Array.from({ length: count }, (_, i) => {
            const names = o.people.filter((p) => tableOf(p.where) === i).map((p) => p.name);
            return (
              <div key={i} class="ev-wall-plan-table">
                <h3>{t('evTableN', { n: i + 1 })}</h3>
                <p>{names.join(', ')}</p>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function Grid({ tables }: { tables: TableOverview[] }) {
  return (
    <div class={`ev-wall-grid n${Math.min(tables.length, 12)}`}>
      {tables.map((tab) => (
        <article key={tab.code} class="ev-wall-table" data-testid={`ev-wall-table-${tab.index}`}>
          <h2>{t('evTableN', { n: tab.index + 1 })}</h2>
          <p class="ev-phase">
            <PhaseLine tab={tab} />
          </p>
          <div class="ev-main">
            <OnBoard tab={tab} big />
            <Ring tab={tab} size={320} />
          </div>
          <SeatList tab={tab} />
        </article>
      ))}
    </div>
  );
}

function Focus({ tab }: { tab: TableOverview }) {
  return (
    <div class="ev-wall-focus" data-testid="ev-wall-focus">
      <h1>{t('evTableN', { n: tab.index + 1 })}</h1>
      <p class="ev-phase">
        <PhaseLine tab={tab} />
      </p>
      <div class="ev-main">
        <OnBoard tab={tab} big />
        <Ring tab={tab} size={420} />
        <SeatList tab={tab} />
      </div>
    </div>
  );
}

/** The tables side by side: residents on board against the target and projects carried out, best first. */
function Compare({ tables }: { tables: TableOverview[] }) {
  const top = Math.max(1, ...tables.map((x) => Math.max(x.onBoard, x.target)));
  const sorted = [...tables].sort((a, b) => b.onBoard - a.onBoard || a.index - b.index);
  return (
    <div class="ev-wall-compare" data-testid="ev-wall-compare">
      <h1>{t('evCompareTitle')}</h1>
      <ol class="ev-bars">
        {sorted.map((x) => (
          <li key={x.code}>
            <span class="ev-bar-name">{t('evTableN', { n: x.index + 1 })}</span>
            <span class="ev-bar-track">
              <span class="ev-bar-fill" style={{ width: `${(100 * x.onBoard) / top}%` }} />
              <span class="ev-bar-goal" style={{ left: `${(100 * x.target) / top}%` }} />
            </span>
            <span class="ev-bar-figure">{t('evOnBoardOf', { n: x.onBoard, target: x.target })}</span>
            <span class="ev-bar-projects">{t('evProjects', { n: x.projects })}</span>
          </li>
        ))}
      </ol>
      <div class="ev-wall-rings">
        {tables.map((x) => (
          <figure key={x.code}>
            <Ring tab={x} size={300} />
            <figcaption>{t('evTableN', { n: x.index + 1 })}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}
