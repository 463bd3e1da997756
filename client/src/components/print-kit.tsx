import { MAX_SEATS, MIN_SEATS, type Locale } from '../../../shared/model/ids';
import { t } from '../i18n';
import { type UiNode } from './dom';

// "Print het spel": the printable kit (GET /print/kit.pdf), open to anyone, so a training day has
// its paper plan B before the wifi fails. The server makes the PDF; the client only links to it.

const DEFAULT_SEATS = 4;

export function printKitHref(seats: number, locale: Locale, edition?: string): string {
  const n = Math.min(MAX_SEATS, Math.max(MIN_SEATS, Math.round(seats) || DEFAULT_SEATS));
  return `/print/kit.pdf?seats=${n}&lang=${locale}${edition ? `&edition=${encodeURIComponent(edition)}` : ''}`;
}

/** The start screen's card: choose the number of players, get the PDF in a new tab. */
export function printKitCard(locale: Locale): UiNode {
  const seats = Array.from({ length: MAX_SEATS - MIN_SEATS + 1 }, (_, i) => MIN_SEATS + i);
  return (
    <form class="card print-kit" action="/print/kit.pdf" method="get" target="_blank" aria-labelledby="h-print" data-testid="print-kit">
      <h2 id="h-print">{t('printKit')}</h2>
      <p class="hint">{t('printKitHelp')}</p>
      <p class="row">
        <label for="print-seats">{t('printKitSeats')}</label>
        <select id="print-seats" name="seats" key="print-seats" data-key="print-seats">
          {seats.map((n) => (
            <option value={String(n)} selected={n === DEFAULT_SEATS}>
              {String(n)}
            </option>
          ))}
        </select>
        <input type="hidden" name="lang" value={locale} />
        <button type="submit" class="btn" key="print-kit" data-key="print-kit">
          {t('printKit')}
        </button>
      </p>
    </form>
  );
}

/** A link for the facilitator: the kit for this room's number of players (and its edition's cards). */
export function printKitLink(seats: number, locale: Locale, edition?: string): UiNode {
  return (
    <a
      class="btn ghost"
      href={printKitHref(seats, locale, edition)}
      target="_blank"
      rel="noopener"
      data-testid="print-kit-link"
      key="print-kit-link"
      data-key="print-kit-link"
    >
      {t('printKitFor', { n: Math.min(MAX_SEATS, Math.max(MIN_SEATS, seats || DEFAULT_SEATS)) })}
    </a>
  );
}
