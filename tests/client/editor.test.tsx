// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkEditionText } from '../../shared/edition/check';
import { standardEdition } from '../../shared/edition/standard';
import { setLocale } from '../../client/src/i18n';
import { EditorPage } from '../../client/src/editor/editor';
import { DRAFT_KEY, fileText } from '../../client/src/editor/model';
import { Root } from '../../client/src/screens/root';
import { fixedState, rig } from './ui-kit';
import type { BalanceReport, BalanceRunner, ToWorker } from '../../client/src/editor/balance-types';

// The edition editor as a component, without a server: fields and their messages, cards added,
// switched off and removed, a refused upload, the download's round trip, the draft on the device,
// and the balance panel with a fixed report (the engine computes the real one).

afterEach(() => {
  cleanup();
  setLocale('nl');
  vi.restoreAllMocks();
});

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

const report = (verbinder: number, ok: boolean): BalanceReport => ({
  rows: [4, 6].map((seats) => ({
    seats,
    verbinderWin: verbinder,
    eigenbelangWin: 1 - verbinder,
    targetAfterRound1: 0.1,
    dilemma: [
      { role: 'gemeente', loneDefector: 5, verbinder: 3, ok: true },
      { role: 'bibliotheek', loneDefector: 2, verbinder: 3, ok },
    ],
    cards: [{ id: 'i-x', verbinder: 0.5, eigenbelang: 0.5, idle: 0.1, band: ok ? 'ok' : 'high' }],
    absentCost: [{ role: 'gemeente', cost: 3 }],
  })),
  verdicts: [{ key: 'dilemma', seats: 4, ok, nl: ok ? 'Het dilemma blijft.' : 'De bibliotheek heeft geen dilemma meer.', en: ok ? 'The dilemma holds.' : 'The library has no dilemma left.' }],
});

const sent: ToWorker[] = [];
const fixedRunner: BalanceRunner = async (msg, onProgress) => {
  sent.push(msg);
  onProgress(5, 10);
  return { mine: report(0.9, false), standard: msg.standard ? report(0.55, true) : null };
};

function open(storage = memoryStorage(), runner: BalanceRunner = fixedRunner) {
  const r = render(<EditorPage storage={storage} endpoint="http://127.0.0.1:1" runner={runner} />);
  const q = <T extends HTMLElement = HTMLElement>(sel: string) => r.container.querySelector<T>(sel)!;
  const type = (sel: string, value: string) => fireEvent.input(q(sel), { target: { value } });
  const kind = (k: string) => fireEvent.click(q(`[data-kind="${k}"]`));
  const pick = (title: string) => {
    const select = q<HTMLSelectElement>('[data-testid="card-pick"]');
    const i = [...select.options].findIndex((o) => o.textContent!.startsWith(title));
    expect(i, title).toBeGreaterThanOrEqual(0);
    fireEvent.change(select, { target: { value: String(i) } });
  };
  return { ...r, q, type, kind, pick, storage };
}

const draft = (s: Storage) => JSON.parse(s.getItem(DRAFT_KEY)!) as ReturnType<typeof standardEdition>;

describe('the edition editor', () => {
  it('renames a partner: the preview follows, an empty name gets a message at the field and blocks saving', () => {
    const ed = open();
    ed.pick('Gemeente');
    ed.type('[data-field="name.nl"]', 'Gemeente Dalfsen');
    expect(ed.q('[data-testid="card-title"]').textContent).toBe('Gemeente Dalfsen');
    expect(ed.q('[data-testid="paper-card"] h4').textContent).toBe('Gemeente Dalfsen');
    expect(ed.q('[data-testid="whole-check"]').textContent).toContain('in orde');
    expect(draft(ed.storage).content.roles.find((r) => r.id === 'gemeente')!.name.nl).toBe('Gemeente Dalfsen');

    ed.type('[data-field="name.nl"]', '');
    const field = ed.q('[data-field="name.nl"]');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = ed.q(`#${field.getAttribute('aria-describedby')}`);
    expect(message.textContent).toContain('Te kort');
    const listed = ed.q('[data-testid="whole-check"] [data-path$=".name.nl"]');
    expect(listed.textContent).toMatch(/^Partners \d+ · Naam \(Nederlands\): Te kort/);
    // From the list to the card: the way back to the field that is wrong.
    ed.kind('projects');
    fireEvent.click(ed.q('[data-testid="whole-check"] [data-path$=".name.nl"] button'));
    expect(ed.q('[data-kind="roles"]').getAttribute('aria-pressed')).toBe('true');
    expect(ed.q('[data-field="name.nl"]').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(ed.q('[data-testid="ed-download"]'));
    expect(ed.q('[data-testid="ed-notice"]').textContent).toContain('Los eerst de problemen op');
  });

  it('keeps numbers within bounds: a project reaching 9 residents is refused at that field, in English too', () => {
    const ed = open();
    ed.kind('projects');
    expect(ed.q('[data-testid="kind-help"]').textContent).toContain('Een project doen partners samen');
    ed.type('[data-field="reach"]', '9');
    const problem = ed.q(`#${ed.q('[data-field="reach"]').getAttribute('aria-describedby')}`);
    expect(problem.textContent).toBe('Te lang of te groot (hoogstens 4).');
    fireEvent.click([...ed.container.querySelectorAll<HTMLElement>('.lang-btn')].find((b) => b.lang === 'en')!);
    expect(ed.q(`#${ed.q('[data-field="reach"]').getAttribute('aria-describedby')}`).textContent).toContain('at most 4');
    expect(document.documentElement.lang).toBe('en');
    expect(ed.q('[data-testid="kind-help"]').textContent).toContain('Partners carry out a project together');
    ed.type('[data-field="reach"]', '2');
    expect(ed.q('[data-field="reach"]').getAttribute('aria-invalid')).toBeNull();
    expect(ed.container.querySelector('[data-testid="field-problem"]')).toBeNull();
  });

  it('changes an event figure and shows it on the card; adds, switches off and removes cards', () => {
    const ed = open();
    ed.kind('events');
    ed.type('[data-field="effects.0.amount"]', '5');
    expect(ed.q('[data-testid="table-card"]').textContent).toContain('+5');
    expect(draft(ed.storage).content.events[0].effects[0]).toMatchObject({ amount: 5 });

    ed.kind('projects');
    const count = () => ed.q<HTMLSelectElement>('[data-testid="card-pick"]').options.length;
    const before = count();
    fireEvent.click(ed.q('[data-testid="card-add"]'));
    expect(count()).toBe(before + 1);
    expect(draft(ed.storage).content.projects.at(-1)!.id).toBe('p-eigen-1');
    fireEvent.click(ed.q('[data-testid="card-off"]'));
    expect(draft(ed.storage).off.projects).toEqual(['p-eigen-1']);
    expect(ed.q<HTMLSelectElement>('[data-testid="card-pick"]').selectedOptions[0].textContent).toContain('(uit)');
    fireEvent.click(ed.q('[data-testid="card-off"]'));
    expect(draft(ed.storage).off.projects).toEqual([]);
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    window.confirm = confirm;
    fireEvent.click(ed.q('[data-testid="card-remove"]'));
    expect(count()).toBe(before + 1);
    fireEvent.click(ed.q('[data-testid="card-remove"]'));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(count()).toBe(before);
    expect(draft(ed.storage).content.projects.some((p) => p.id === 'p-eigen-1')).toBe(false);
  });

  it('previews an interest card as a table of four reads it: the rule\'s number in place of {n}', () => {
    const ed = open();
    ed.kind('interests');
    ed.pick('Meer dan boeken');
    expect(ed.q('[data-testid="kind-help"]').textContent).toContain('Schrijf {n} in de tekst');
    expect(ed.q('[data-testid="table-card"]').textContent).toContain('minstens 5 projecten');
    ed.type('[data-field="rule.at.4"]', '6');
    expect(ed.q('[data-testid="table-card"]').textContent).toContain('minstens 6 projecten');
    expect(ed.q('[data-testid="paper-card"]').textContent).toContain('minstens 6 projecten');
  });

  it('shows markup typed into a name as text, never as markup, and names the problem', () => {
    const ed = open();
    ed.type('[data-field="name.nl"]', '<b>Vet</b>');
    expect(ed.q('[data-testid="card-title"]').textContent).toBe('<b>Vet</b>');
    expect(ed.container.querySelector('[data-testid="preview"] b, [data-testid="card-title"] b')).toBeNull();
    expect(ed.q(`#${ed.q('[data-field="name.nl"]').getAttribute('aria-describedby')}`).textContent).toContain('opmaakcode');
  });

  it('refuses an uploaded edition with markup, with the list of what is wrong, and keeps the work', async () => {
    const ed = open();
    ed.type('[data-field="name.nl"]', 'Gemeente Dalfsen');
    const hostile = standardEdition();
    hostile.content.roles[0].name.nl = '<script>alert(1)</script>';
    const input = ed.q<HTMLInputElement>('[data-testid="ed-upload"]');
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(hostile)], 'hostile.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(ed.q('[data-testid="ed-notice"]')).not.toBeNull());
    const notice = ed.q('[data-testid="ed-notice"]').textContent!;
    expect(notice).toContain('niet geopend');
    expect(ed.q('[data-testid="ed-notice"] [data-path="content.roles.0.name.nl"]').textContent).toContain('Partners 1 · Naam (Nederlands)');
    expect(notice).toContain('opmaakcode');
    expect(ed.container.querySelector('script')).toBeNull();
    expect(ed.q<HTMLInputElement>('[data-field="name.nl"]').value).toBe('Gemeente Dalfsen');
  });

  it('downloads the edition as a file that opens again unchanged', async () => {
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:edition'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const ed = open();
    ed.type('#ed-name', 'Dalfsen 2027');
    ed.type('[data-field="name.nl"]', 'Gemeente Dalfsen');
    fireEvent.click(ed.q('[data-testid="ed-download"]'));
    expect(blob).not.toBeNull();
    const text = await blob!.text();
    const back = checkEditionText(text);
    expect(back.ok && back.rehashed).toBe(false);
    expect(back.ok && back.edition).toEqual(draft(ed.storage));
    expect(text).toBe(fileText(draft(ed.storage)));

    // Opened in a fresh editor on another device: the same edition, the same hash.
    const other = open(memoryStorage());
    const input = other.q<HTMLInputElement>('[data-testid="ed-upload"]');
    Object.defineProperty(input, 'files', { value: [new File([text], 'dalfsen.edition.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(draft(other.storage).name).toBe('Dalfsen 2027'));
    expect(draft(other.storage).hash).toBe(draft(ed.storage).hash);
    expect(other.q('[data-testid="ed-notice"]').textContent).toContain('Geopend: Dalfsen 2027');
  });

  it('starts from the draft kept on this device', () => {
    const storage = memoryStorage();
    const first = open(storage);
    first.type('[data-field="name.nl"]', 'Gemeente Dalfsen');
    cleanup();
    const again = open(storage);
    expect(again.q<HTMLInputElement>('[data-field="name.nl"]').value).toBe('Gemeente Dalfsen');
  });

  it('runs the balance check at the chosen table sizes and shows the figures with the standard beside them, each verdict marked', async () => {
    const storage = memoryStorage();
    const ed = open(storage);
    fireEvent.click(ed.q('[data-seats="3"]'));
    fireEvent.change(ed.q('#ed-games'), { target: { value: '5' } });
    sent.length = 0;
    await act(async () => {
      fireEvent.click(ed.q('[data-testid="balance-run"]'));
    });
    await waitFor(() => expect(ed.container.querySelector('[data-testid="balance-table"]')).not.toBeNull());
    expect(sent[0].opts).toEqual({ seats: [3, 4], games: 5, seed: 1 });
    expect(sent[0].standard?.name).toBe('Standaardeditie');
    const rows = [...ed.container.querySelectorAll('[data-testid="balance-table"] tbody tr')].map((r) => r.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('90%');
    expect(rows[0]).toContain('standaard 55%');
    const verdict = ed.q('[data-testid="verdicts"] li');
    expect(verdict.dataset.ok).toBe('false');
    expect(verdict.textContent).toContain('Breekt de les (4 spelers)');
    expect(verdict.textContent).toContain('De bibliotheek heeft geen dilemma meer.');

    // The standard edition's figures are kept on this device: a second check plays only the edition.
    await act(async () => {
      fireEvent.click(ed.q('[data-testid="balance-run"]'));
    });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].standard).toBeNull();
    await waitFor(() => expect(ed.container.querySelector('[data-testid="balance-table"]')?.textContent).toContain('standaard 55%'));
  });

  it('can be stopped, and says so when the check fails; the editor goes on', async () => {
    const never: BalanceRunner = (_m, onProgress, signal) =>
      new Promise((_, reject) => {
        onProgress(3, 100);
        signal.addEventListener('abort', () => reject(new Error('stopped')));
      });
    const ed = open(memoryStorage(), never);
    fireEvent.click(ed.q('[data-testid="balance-run"]'));
    await waitFor(() => expect(ed.q<HTMLProgressElement>('[data-testid="balance-progress"]').value).toBe(3));
    expect(ed.q('[data-testid="balance"] [role="status"]').textContent).toBe('Bezig: 3 van 100 spellen');
    fireEvent.click(ed.q('[data-testid="balance-stop"]'));
    await waitFor(() => expect(ed.container.querySelector('[data-testid="balance-progress"]')).toBeNull());
    expect(ed.q<HTMLButtonElement>('[data-testid="balance-run"]').disabled).toBe(false);
    cleanup();

    const broken = open(memoryStorage(), async () => Promise.reject(new Error('kapot')));
    fireEvent.click(broken.q('[data-testid="balance-run"]'));
    await waitFor(() => expect(broken.q('[data-testid="balance"] [role="alert"]').textContent).toContain('mislukt: kapot'));
    expect(broken.q<HTMLButtonElement>('[data-testid="balance-run"]').disabled).toBe(false);
  });
});

describe('the way to the editor', () => {
  it('the start screen offers "Eigen editie maken", a link to the editor page', () => {
    rig(<Root container={document.createElement('div')} />, fixedState({ screen: 'home', welcome: null }));
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="edition-card"] a[data-testid="open-editor"]')!;
    expect(link.textContent).toBe('Eigen editie maken');
    expect(link.getAttribute('href')).toBe('/?editie');
  });
});

describe('the editor source', () => {
  it('never renders text as HTML', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(__dirname, '../../client/src/editor');
    for (const f of fs.readdirSync(dir)) {
      const code = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(/dangerouslySetInnerHTML|innerHTML|insertAdjacentHTML/.test(code), f).toBe(false);
    }
  });
});
