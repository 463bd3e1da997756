import { t } from '../../i18n';
import { type UiNode } from '../../components/dom';
import type { Ctx } from './ctx';

// "Meenemen": the report (the browser's print dialog, to paper or PDF), the record as JSON, the
// per-partner statistics as CSV, and the draft collaboration agreement to edit and download.

type Panel = (key: string, title: string, ...body: (UiNode | null | false | (UiNode | null)[])[]) => UiNode;

export function exportPanel({ state, app }: Ctx, panel: Panel): UiNode {
  const d = state.debrief!;
  const btn = (testid: string, label: string, onClick: () => void, cls = 'btn') => (
    <button type="button" class={cls} data-testid={testid} onClick={onClick}>
      {label}
    </button>
  );
  return panel(
    'export',
    t('dbExport'),
    <div class="row wrap no-print">
      {btn('print-report', `🖶 ${t('dbPrint')}`, () => window.print(), 'btn primary')}
      {btn('download-json', `⭳ ${t('dbJson')}`, () => app.debrief.download('json'))}
      {btn('download-csv', `⭳ ${t('dbCsv')}`, () => app.debrief.download('csv'))}
    </div>,
    <h3>{t('dbAgreement')}</h3>,
    <p class="hint no-print">{t('dbAgreementHelp')}</p>,
    <textarea
      class="agreement no-print"
      rows={14}
      spellcheck={false}
      aria-label={t('dbAgreement')}
      data-testid="agreement"
      key="agreement"
      data-key="agreement"
      data-scroll="agreement"
      value={d.agreement}
      onInput={(e: Event) => app.debrief.editAgreement((e.target as HTMLTextAreaElement).value)}
    />,
    // On paper, the agreement as edited, as plain text.
    <pre class="agreement-print print-only">{d.agreement}</pre>,
    <div class="row wrap no-print">
      {btn('download-md', `⭳ ${t('dbAgreementMd')}`, () => app.debrief.download('md'))}
      {btn('download-txt', `⭳ ${t('dbAgreementTxt')}`, () => app.debrief.download('txt'))}
    </div>,
  );
}
