import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core in the page under test: WCAG 2.1 A and AA rules, the violations as short lines (rule,
// impact, the first elements it found) so a failing test says what to fix.

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Result = { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    // A check that cannot fail is no check: axe must really have looked (contrast, names, labels …).
    if (r.passes.length < 10) throw new Error(`axe passed only ${r.passes.length} rules: it did not look`);
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('')}`).join(' | ')}`);
  });
}
