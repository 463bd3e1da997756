import type { RoleId } from '../../../shared/model/ids';
import { te as t } from '../i18n/event';
import { roleName } from '../model/cards';
import { useEventApp, useEventState } from './context';
import type { EventOverview } from './state';

// Before the start: the one code, QR and link, and everyone where they will sit. The facilitator
// picks someone and moves them to another table (an open seat), into a role, or to share a role.

type Person = EventOverview['people'][number];

export function ConsoleLobby() {
  const s = useEventState();
  const app = useEventApp();
  const o = s.overview!;
  const people = o.people;
  const tableOf = (p: Person) => (p.where && 'table' in p.where ? p.where.table : -1);
  const count = Math.max(0, ...people.map((p) => tableOf(p) + 1));
  const tables = Array.from({ length: count }, (_, i) => people.filter((p) => tableOf(p) === i));
  const waiting = people.filter((p) => tableOf(p) < 0);
  const mover = people.find((p) => p.id === s.moving) ?? null;
  return (
    <div class="ev-lobby">
      <section class="card ev-join" aria-labelledby="ev-join-h">
        <h2 id="ev-join-h">{t('evJoinTitle')}</h2>
        <p class="ev-code" data-testid="ev-code">
          {s.code}
        </p>
        {s.qr ? <img class="ev-qr" src={s.qr} alt={t('evQrAlt')} width={180} height={180} /> : null}
        <p>
          <a href={s.welcome!.joinUrl} data-testid="ev-join-link">
            {s.welcome!.joinUrl}
          </a>
        </p>
        <p class="hint">{t('evPeople', { n: people.length })}</p>
      </section>
      <section class="ev-plan" aria-label={t('evPlan')}>
        {mover ? (
          <p class="ev-moving" role="status" data-testid="ev-moving">
            {t('evMoving', { name: mover.name })}{' '}
            <button type="button" class="btn small" onClick={() => app.chooseMover(null)}>
              {t('evCancel')}
            </button>
          </p>
        ) : (
          <p class="hint">{t('evMoveHelp')}</p>
        )}
        <div class="ev-plan-tables">
          {tables.map((list, i) => (
            <div key={i} class="card ev-plan-table" data-testid={`ev-plan-${i}`}>
              <h3>
                {t('evTableN', { n: i + 1 })} <span class="hint">{t('evPeople', { n: list.length })}</span>
              </h3>
              <ul>
                {list.map((p) => (
                  <PersonRow key={p.id} p={p} table={i} mover={mover} />
                ))}
              </ul>
              {mover && tableOf(mover) !== i ? (
                <button type="button" class="btn small" data-testid={`ev-move-to-${i}`} onClick={() => app.move(i)}>
                  {t('evMoveHere', { n: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {mover ? (
            <div class="card ev-plan-table">
              <button type="button" class="btn small" onClick={() => app.move(count)}>
                {t('evNewTable')}
              </button>
            </div>
          ) : null}
        </div>
        {waiting.length ? (
          <div class="card">
            <h3>{t('evWaiting')}</h3>
            <ul>
              {waiting.map((p) => (
                <PersonRow key={p.id} p={p} table={-1} mover={mover} />
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </div>
  );
}

function PersonRow({ p, table, mover }: { p: Person; table: number; mover: Person | null }) {
  const s = useEventState();
  const app = useEventApp();
  const role = p.where && 'role' in p.where ? (p.where.role as RoleId) : null;
  const observer = !!p.where && 'observer' in p.where;
  const shared = !!p.where && 'shared' in p.where && p.where.shared;
  const other = mover && mover.id !== p.id && role && table >= 0;
  return (
    <li class={p.connected ? '' : 'offline'} data-testid={`ev-person-${p.name}`}>
      <span class="ev-who">
        <span class="ev-name">{p.name}</span>
        {shared ? <span class="ev-tag">{t('evShared')}</span> : null}
        <span class="hint">{role ? roleName(role, s.locale) : observer ? t('evObserver') : ''}</span>
      </span>
      <span class="ev-acts">
        {!mover ? (
          <button type="button" class="btn small ghost" data-testid={`ev-pick-${p.name}`} aria-label={t('evMoveWho', { name: p.name })} onClick={() => app.chooseMover(p.id)}>
            {t('evMove')}
          </button>
        ) : null}
        {other ? (
          <>
            <button type="button" class="btn small ghost" data-testid={`ev-swap-${p.name}`} onClick={() => app.move(table, role!)}>
              {t('evTakeRole')}
            </button>
            {!shared ? (
              <button type="button" class="btn small ghost" data-testid={`ev-share-${p.name}`} onClick={() => app.move(table, role!, true)}>
                {t('evShareRole')}
              </button>
            ) : null}
          </>
        ) : null}
      </span>
    </li>
  );
}
