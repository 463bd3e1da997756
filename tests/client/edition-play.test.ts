import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoomSettingsSchema } from '../../shared/protocol/messages';
import { draftFrom, settingsFrom } from '../../client/src/model/console';
import { editionGate } from '../../client/src/net/edition';
import { roleName, showEdition } from '../../client/src/model/cards';
import { standardEdition } from '../../shared/edition/standard';
import { roomInfo } from './fixtures';

// The client's side of playing an edition: the console's "Editie" becomes a setting the server
// accepts (only a whole code), and views wait for their edition's cards, in order, so the first
// render already shows the edition's names.

describe('the console’s edition setting', () => {
  it('sends a whole code (as typed, with dashes or lower case), and nothing for a half one or none', () => {
    const info = roomInfo();
    const draft = draftFrom(info)!;
    expect(draft.edition).toBe('');
    const out = RoomSettingsSchema.parse(settingsFrom({ ...draft, edition: 'abcd-2345' }, info));
    expect(out.edition).toBe('ABCD2345');
    expect(draftFrom({ settings: JSON.stringify(out) })!.edition).toBe('ABCD2345');
    expect(settingsFrom({ ...draft, edition: 'abc' }, info).edition).toBeUndefined();
    expect(settingsFrom(draft, info).edition).toBeUndefined();
  });
});

describe('views of a game with an edition', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    showEdition(null);
  });

  it('wait for the edition, then come in order with its names; a view without one shows the standard names', async () => {
    const e = standardEdition();
    e.content.roles.find((r) => r.id === 'gemeente')!.name.nl = 'Gemeente Dalfsen';
    e.hash = 'a'.repeat(64); // the client trusts the server's hash; it only checks it names the edition asked for
    let answer: (r: Response) => void = () => undefined;
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => {
      fetched.push(String(url));
      return new Promise<Response>((resolve) => (answer = resolve));
    });
    const shown: string[] = [];
    const gate = editionGate<{ n: number; edition?: string | null }>('http://game.test', (v) => shown.push(`${v.n}:${roleName('gemeente', 'nl')}`));
    gate({ n: 1, edition: e.hash });
    gate({ n: 2, edition: e.hash });
    await vi.waitFor(() => expect(fetched).toEqual([`http://game.test/api/editions/by-hash/${e.hash}`]));
    expect(shown).toEqual([]); // nothing is shown before the edition is here
    answer(new Response(JSON.stringify(e), { status: 200 }));
    await vi.waitFor(() => expect(shown).toEqual(['1:Gemeente Dalfsen', '2:Gemeente Dalfsen']));
    gate({ n: 3, edition: e.hash }); // registered now: at once, no second fetch
    expect(shown[2]).toBe('3:Gemeente Dalfsen');
    gate({ n: 4, edition: null });
    expect(shown[3]).toBe('4:Gemeente (beleid & wethouder)');
    expect(fetched).toHaveLength(1);
  });

  it('show an edition the server does not have with the standard names, rather than nothing', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"error":"not_found"}', { status: 404 }));
    const shown: string[] = [];
    const gate = editionGate<{ edition?: string | null }>('http://game.test', () => shown.push(roleName('gemeente', 'nl')));
    gate({ edition: 'b'.repeat(64) });
    await vi.waitFor(() => expect(shown).toEqual(['Gemeente (beleid & wethouder)']));
  });
});
