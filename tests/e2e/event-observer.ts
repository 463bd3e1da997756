import { expect } from 'vitest';
import { Client } from '@colyseus/sdk';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../server/app';
import { EventClient, eventSettings } from '../server/event-helpers';
import { layoutProblems, shot } from './browser';

// An observer at a training day without bots: three people make a table (joined over the SDK: their
// pages are not what is tested here), the fourth, on a phone-sized page, watches that table as its
// projector shows it and writes an observation for the debrief.

export async function observerEvent(server: RunningServer, phone: Page): Promise<void> {
  const sdk = () => new Client(server.url);
  const fac = await EventClient.create(sdk(), eventSettings({ seatsPerTable: 3, bots: null, leftover: 'observe', rounds: 1 }));
  for (let i = 0; i < 3; i++) await EventClient.join(sdk(), fac.code, { name: `Speler ${i + 1}` });
  await phone.goto(`${server.url}/?event=${fac.code}`);
  await phone.fill('[data-testid="ev-name"]', 'Kijker');
  await phone.click('[data-testid="ev-join"]');
  await phone.waitForFunction(() => document.querySelector('[data-testid="ev-placed-message"]')?.textContent === 'Je kijkt mee aan tafel 1. Schrijf op wat je ziet.');
  await fac.host({ kind: 'start' });
  // The table's projector view inside the page, and a box for notes that the debrief keeps.
  const frame = await phone.waitForSelector('[data-testid="ev-observe-frame"]');
  expect(await frame.getAttribute('src')).toMatch(/^\/\?room=[A-Z0-9]{6}&projector=1/);
  await phone.fill('[data-testid="ev-note"]', 'De gemeente deelt meteen haar belangen.');
  await phone.click('[data-testid="ev-note-send"]');
  await phone.waitForFunction(() => /Bewaard voor de nabespreking/.test(document.querySelector('[data-testid="ev-note-status"]')?.textContent ?? ''));
  await (await frame.contentFrame())!.waitForFunction(() => !!document.querySelector('canvas'));
  // The facilitator's message shows on the observer's page too.
  expect(await fac.request('say', { text: 'Tijd voor de pauze' })).toBe('ok');
  await phone.waitForFunction(() => /Tijd voor de pauze/.test(document.querySelector('[data-testid="event-say"]')?.textContent ?? ''));
  await shot(phone, 'event-phone-390-observer');
  expect(await layoutProblems(phone)).toEqual([]);
}
