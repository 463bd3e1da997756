import { fillText } from '../../../shared/content/scale';
import type { InterestRule } from '../../../shared/content/schema';
import type { Edition } from '../../../shared/edition/format';
import type { EditableKind } from '../../../shared/edition/form';
import type { Locale } from '../../../shared/model/ids';
import { t } from '../i18n';
import { cardTitle, choiceName, kindName } from './labels';

// A card as it will look: on the table (the table's own card styles) and on paper (the print kit's
// card: a bordered card with its kind on top). Every text is the edition's, shown as text.

type Two = { nl: string; en: string };
const PREVIEW_SEATS = 4;
type AnyCard = Record<string, unknown> & { id: string };

interface Look {
  title: string;
  text: string;
  lines: string[];
  extra?: string;
}

function lookOf(e: Edition, kind: EditableKind, index: number, l: Locale): Look | null {
  const card = (e.content[kind] as readonly AnyCard[])[index];
  if (!card) return null;
  const two = (k: string) => (card[k] as Two | undefined)?.[l] ?? '';
  const bag = (b: unknown) =>
    Object.entries((b ?? {}) as Record<string, number>)
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${n} × ${choiceName(e, r, l)}`);
  const title = cardTitle(e, kind, index, l);
  switch (kind) {
    case 'projects':
      return {
        title,
        text: two('description'),
        extra: typeof card.place === 'string' ? card.place : undefined,
        lines: [
          `${t('edNeeds')}: ${bag(card.needs).join(', ')}`,
          t('edReach', { n: Number(card.reach) }),
          t('edMinPartners', { n: Number(card.minPartners) }),
          ((card.domains ?? []) as string[]).map((d) => choiceName(e, d, l)).join(', '),
        ],
      };
    case 'roles':
      return { title, text: two('mission'), lines: [`${t('edF_hand')}: ${bag(card.hand).join(', ')}`, `${t('edF_income')}: ${bag(card.income).join(', ')}`] };
    case 'personas':
      return { title, text: two('portrait'), lines: [t('edAge', { n: Number(card.age) }), choiceName(e, String(card.domain), l)] };
    case 'interests':
      // As a table of four reads it: {n} is the rule's number at that table.
      return {
        title,
        text: fillText(two('text'), card.rule as InterestRule, PREVIEW_SEATS),
        lines: [choiceName(e, String(card.role), l), t('edPoints', { n: Number(card.points) }), t('edAtSeats', { n: PREVIEW_SEATS })],
      };
    case 'events': {
      const effects = (card.effects ?? []) as { kind: string; resource?: string; amount?: number }[];
      const sign = (f: (typeof effects)[number]) => (f.kind === 'gain' ? '+' : f.kind === 'lose' ? '−' : null);
      return { title, text: two('text'), lines: effects.map((f) => (sign(f) && f.resource ? `${sign(f)}${f.amount} ${choiceName(e, f.resource, l)}` : '')) };
    }
    case 'lessons':
      return { title, text: two('text'), lines: [two('prompt')] };
    default:
      return { title, text: two('description'), lines: [] };
  }
}

export function Preview({ edition, kind, index, locale }: { edition: Edition; kind: EditableKind; index: number; locale: Locale }) {
  const look = lookOf(edition, kind, index, locale);
  if (!look) return null;
  return (
    <section class="ed-preview" aria-labelledby="h-ed-preview" data-testid="preview">
      <h2 id="h-ed-preview">{t('edPreview')}</h2>
      <div class="ed-looks">
        <div>
          <h3 class="ed-look-name">{t('edPreviewTable')}</h3>
          <TableLook kind={kind} look={look} />
        </div>
        <div>
          <h3 class="ed-look-name">{t('edPreviewPaper')}</h3>
          <article class={`paper-card paper-${kind}`} data-testid="paper-card">
            <p class="paper-kind">{kindName(kind)}</p>
            <h4>{look.title}</h4>
            {look.extra ? <p class="paper-place">{look.extra}</p> : null}
            <p>{look.text}</p>
            {look.lines.filter(Boolean).map((line, i) => (
              <p key={i} class="paper-line">
                {line}
              </p>
            ))}
          </article>
        </div>
      </div>
    </section>
  );
}

function TableLook({ kind, look }: { kind: EditableKind; look: Look }) {
  const lines = look.lines.filter(Boolean);
  if (kind === 'events')
    return (
      <div class="event-card" data-testid="table-card">
        <h3>{look.title}</h3>
        <p>{look.text}</p>
        {lines.map((line, i) => (
          <p key={i} class="ed-effect">
            {line}
          </p>
        ))}
      </div>
    );
  if (kind === 'lessons')
    return (
      <div class="reflection" data-testid="table-card">
        <h3>{look.title}</h3>
        <p>{look.text}</p>
        <p class="prompt">{lines[0]}</p>
      </div>
    );
  const cls = kind === 'projects' ? 'projects' : kind === 'personas' ? 'personas' : kind === 'interests' ? 'interests' : 'partners';
  const item = kind === 'projects' ? 'project' : kind === 'personas' ? 'persona' : kind === 'interests' ? 'interest' : 'partner';
  return (
    <ul class={cls}>
      <li class={item} data-testid="table-card">
        <h3>{look.title}</h3>
        {look.extra ? <p class="place">{look.extra}</p> : null}
        <p class={kind === 'personas' ? 'portrait' : 'desc'}>{look.text}</p>
        {lines.map((line, i) => (
          <p key={i} class="muted">
            {line}
          </p>
        ))}
      </li>
    </ul>
  );
}
