import type { Problem } from '../../../shared/edition/check';
import type { Edition } from '../../../shared/edition/format';
import { fieldProblems, formOf, type EditableKind, type Field, type Path } from '../../../shared/edition/form';
import type { Locale } from '../../../shared/model/ids';
import { t } from '../i18n';
import { choiceName, fieldLabel } from './labels';

// One card as a form: a control per field (formOf), each checked by the card's own schema as it is
// typed (fieldProblems), with the message right under it. What the whole check found at a field of
// this card (a project nobody can pay for) is shown there too.

export interface CardFormProps {
  edition: Edition;
  kind: EditableKind;
  index: number;
  locale: Locale;
  /** Problems of the whole edition (paths into the file). */
  wide: readonly Problem[];
  onChange: (path: Path, value: Field['value']) => void;
}

const idOf = (path: Path) => `f-${path.join('-')}`;

/** An emptied number: left out when it may be, none of a resource in a bag, else not a number (so its field stays and says what is wrong). */
function emptyNumber(field: Extract<Field, { type: 'number' }>): number | null {
  if (field.optional) return null;
  return BAGS.has(String(field.path.at(-2))) ? 0 : Number.NaN;
}
const BAGS = new Set(['hand', 'income', 'needs']);

export function CardForm({ edition, kind, index, locale, wide, onChange }: CardFormProps) {
  const card = (edition.content[kind] as readonly unknown[])[index];
  if (!card) return null;
  const here = `content.${kind}.${index}.`;
  return (
    <div class="ed-fields" data-testid="card-form">
      {formOf(card).map((f) => {
        const own = fieldProblems(kind, card, f.path, f.value);
        const at = here + f.path.join('.');
        const problems = [...own, ...wide.filter((p) => p.path === at && !own.some((o) => o.nl === p.nl))];
        return <FieldControl key={`${kind}-${index}-${f.path.join('.')}`} field={f} edition={edition} locale={locale} problems={problems} onChange={onChange} />;
      })}
    </div>
  );
}

interface FieldProps {
  field: Field;
  edition: Edition;
  locale: Locale;
  problems: readonly Problem[];
  onChange: (path: Path, value: Field['value']) => void;
}

function FieldControl({ field, edition, locale, problems, onChange }: FieldProps) {
  const id = idOf(field.path);
  const label = fieldLabel(edition, field.path, locale);
  const bad = problems.length > 0;
  const described = bad ? `${id}-problem` : undefined;
  const common = { id, 'aria-invalid': bad || undefined, 'aria-describedby': described, 'data-field': field.path.join('.') };
  let control;
  if (field.type === 'text') {
    const onInput = (e: Event) => onChange(field.path, (e.currentTarget as HTMLInputElement).value);
    control = field.long ? (
      <textarea {...common} rows={3} maxLength={field.max + 40} value={field.value} onInput={onInput} />
    ) : (
      <input {...common} type="text" maxLength={field.max + 40} value={field.value} onInput={onInput} />
    );
  } else if (field.type === 'number') {
    control = (
      <input
        {...common}
        type="number"
        inputMode="numeric"
        min={field.min}
        max={field.max}
        step={1}
        placeholder={field.optional ? t('edNone') : undefined}
        value={field.value === null || Number.isNaN(field.value) ? '' : field.value}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value.trim();
          onChange(field.path, raw === '' ? emptyNumber(field) : Number(raw));
        }}
      />
    );
  } else if (field.type === 'choice') {
    control = (
      <select {...common} value={field.value} onChange={(e) => onChange(field.path, (e.currentTarget as HTMLSelectElement).value)}>
        {field.options.map((o) => (
          <option key={o} value={o}>
            {choiceName(edition, o, locale)}
          </option>
        ))}
      </select>
    );
  } else {
    const chosen = new Set(field.value);
    return (
      <fieldset class={`ed-field${bad ? ' bad' : ''}`} aria-describedby={described} data-field={field.path.join('.')}>
        <legend>{label}</legend>
        <div class="ed-choices">
          {field.options.map((o) => (
            <label key={o} class="ed-choice">
              <input
                type="checkbox"
                checked={chosen.has(o)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  onChange(field.path, field.options.filter((x) => (x === o ? on : chosen.has(x))));
                }}
              />{' '}
              {choiceName(edition, o, locale)}
            </label>
          ))}
        </div>
        <Problems id={described} problems={problems} locale={locale} />
      </fieldset>
    );
  }
  return (
    <div class={`ed-field${bad ? ' bad' : ''}${field.type === 'text' && field.long ? ' long' : ''}`}>
      <label for={id}>{label}</label>
      {control}
      <Problems id={described} problems={problems} locale={locale} />
    </div>
  );
}

function Problems({ id, problems, locale }: { id: string | undefined; problems: readonly Problem[]; locale: Locale }) {
  if (!problems.length) return null;
  return (
    <p class="ed-problem" id={id} data-testid="field-problem">
      {problems.map((p) => p[locale]).join(' ')}
    </p>
  );
}
