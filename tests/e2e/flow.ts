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

// ---- a table of people and bots, set up through the lobby as a host would ----------------------

export interface Sitter {
  page: Page;
  name: string;
  role: string;
}

/** Each of `others` joins room `code` by the link and claims their role. */
async function joinAndClaim(url: string, code: string, others: Sitter[]): Promise<void> {
  for (const p of others) {
    await p.page.goto(`${url}/?room=${code}`);
    await p.page.fill('[data-testid="name"]', p.name);
    await p.page.click('[data-testid="join"]');
    await p.page.click(`[data-testid="claim-${p.role}"]`);
    await p.page.waitForSelector(`[data-testid="role-${p.role}"].mine`);
  }
}

/** The host creates a room and claims a role; the others join by the link and claim theirs. */
export async function seatTable(url: string, host: Sitter, others: Sitter[]): Promise<string> {
  await host.page.goto(url);
  await host.page.fill('[data-testid="name"]', host.name);
  await host.page.click('[data-testid="create"]');
  const code = (await host.page.textContent('[data-testid="room-code"]'))!.trim();
  await host.page.click(`[data-testid="claim-${host.role}"]`);
  await joinAndClaim(url, code, others);
  return code;
}

/** A facilitator who does not play creates a room; the others join by the link and claim their roles. */
export async function facilitatedTable(url: string, facilitator: Page, others: Sitter[]): Promise<string> {
  await facilitator.goto(url);
  await facilitator.click('[data-testid="create-facilitate"]');
  const code = (await facilitator.textContent('[data-testid="room-code"]'))!.trim();
  await joinAndClaim(url, code, others);
  return code;
}

/**
 * Waits in Overleg until the page shows at least `cards` cards pledged to its projects (with bots,
 * their doing: they start within a fraction of a second, so count from 0; with people, the pledges
 * the page has yet to draw).
 */
export async function pledgesShown(page: Page, cards: number): Promise<void> {
  await page.waitForFunction(
    (n) => Array.from(document.querySelectorAll('.need[data-pledged]')).reduce((k, e) => k + Number(e.getAttribute('data-pledged')), 0) >= n,
    cards,
    { timeout: 30_000 },
  );
}

/** The console: no clock on any phase, one click (the change is sent at once; wait until the server has it). */
export async function untimed(host: Page): Promise<void> {
  await host.click('[data-testid="clocks-none"]');
  await host.waitForSelector('[data-testid="console"][data-untimed="true"]');
}

/** The host's lobby settings for a quick game: rounds, no clock, empty roles filled with bots. */
export async function quickBotGame(host: Page, rounds: number, opts: { mix?: string; anonymous?: boolean } = {}): Promise<void> {
  await host.selectOption('[data-testid="rounds"]', String(rounds));
  await untimed(host);
  await host.check('[data-testid="fill-bots"]');
  await host.selectOption('[data-testid="bot-mix"]', opts.mix ?? 'verbinder');
  if (opts.anonymous) await host.check('[data-testid="anonymous"]');
  await host.waitForSelector('[data-testid="bots-will-play"]');
}
