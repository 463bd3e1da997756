import type { Page } from 'playwright-core';

// Reading the table from the DOM, as a player would, and the small plans the e2e test makes from it
// (which project can be finished with the hands on the table). Needs come from the page, never from
// card numbers that are still being tuned.

export type Hand = Record<string, number>;

export async function readHand(page: Page): Promise<Hand> {
  return page.$$eval('[data-testid="hand"] [data-resource]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-resource')!, Number(e.getAttribute('data-count'))])),
  );
}

export async function readFrozen(page: Page): Promise<string[]> {
  const v = await page.getAttribute('[data-testid="event"]', 'data-frozen').catch(() => null);
  return v ? v.split(',').filter(Boolean) : [];
}

export interface ProjectOnPage {
  id: string;
  minPartners: number;
  partners: number;
  missing: Record<string, number>;
}

export async function readProjects(page: Page): Promise<ProjectOnPage[]> {
  return page.$$eval('li.project', (els) =>
    els.map((el) => ({
      id: el.getAttribute('data-testid')!.replace(/^project-/, ''),
      minPartners: Number(el.getAttribute('data-min-partners')),
      partners: Number(el.getAttribute('data-partner-count')),
      missing: Object.fromEntries(
        Array.from(el.querySelectorAll('.need')).map((n) => [n.getAttribute('data-resource')!, Number(n.getAttribute('data-missing'))]),
      ),
    })),
  );
}

/** Who pledges what: one unit at a time, spreading over players so enough partners join. */
export function planPledges(project: ProjectOnPage, hands: Hand[]): { player: number; resource: string }[] | null {
  const left = hands.map((h) => ({ ...h }));
  const joined = new Set<number>();
  const plan: { player: number; resource: string }[] = [];
  for (const [resource, n] of Object.entries(project.missing)) {
    for (let k = 0; k < n; k++) {
      const able = left.map((h, i) => ({ i, have: h[resource] ?? 0 })).filter((x) => x.have > 0);
      if (able.length === 0) return null;
      able.sort((a, b) => Number(joined.has(a.i)) - Number(joined.has(b.i)) || b.have - a.have);
      const who = able[0].i;
      left[who][resource] -= 1;
      joined.add(who);
      plan.push({ player: who, resource });
    }
  }
  return joined.size + project.partners >= project.minPartners ? plan : null;
}

/** Two resources for a trade: one the giver has and one the receiver has, neither frozen. */
export function tradePair(giver: Hand, receiver: Hand, frozen: string[]): { give: string; get: string } | null {
  const ok = (h: Hand) => Object.keys(h).filter((r) => h[r] > 0 && !frozen.includes(r));
  const give = ok(giver)[0];
  const get = ok(receiver).find((r) => r !== give) ?? ok(receiver)[0];
  return give && get ? { give, get } : null;
}
