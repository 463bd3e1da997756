import type { Page } from 'playwright-core';

// Text that wraps inside a word ("B u d g e t", "Vri jwi llig ers"): for every word on screen, the
// browser's own boxes of that word (a Range over its letters) must lie on one line. Words are split
// at spaces, hyphens and slashes (a break there is a line break, not a broken word). Hidden text
// (a closed tab, text for screen readers only) has no boxes and is skipped.

export async function wordsBrokenAcrossLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.sr-only, script, style, option, [hidden]')) continue;
      for (const m of node.data.matchAll(/[^\s\-‐–—/]{2,}/g)) {
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).sort((a, b) => a.top - b.top);
        // A box that starts below the previous one's bottom is on a later line.
        const lines = rects.reduce((n, r, i) => (i > 0 && r.top >= rects[i - 1].bottom - 2 ? n + 1 : n), rects.length ? 1 : 0);
        if (lines > 1) out.push(`"${m[0]}" in ${parent.tagName.toLowerCase()}.${[...parent.classList].join('.')} (${lines} lines)`);
      }
    }
    return out;
  });
}
