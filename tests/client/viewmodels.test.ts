import { describe, expect, it } from 'vitest';
import { missing } from '../../shared/model/bag';
import { projectCard } from '../../shared/content';
import { bagEntries, cleanBag, formatBag, setCount, sumBags } from '../../client/src/model/bag';
import { endVM } from '../../client/src/model/end';
import { claimedCount, playersVM, roleChoicesVM } from '../../client/src/model/lobby';
import { interestsVM, offersVM, partnersVM, personaTrackVM, projectsVM } from '../../client/src/model/table';
import { act, advance, game, roomInfo, seats, view } from './fixtures';

describe('bags', () => {
  it('reads, formats and normalises bags in resource order', () => {
    expect(bagEntries({ cijfers: 1, budget: 2 })).toEqual([
      { resource: 'budget', count: 2 },
      { resource: 'cijfers', count: 1 },
    ]);
    expect(formatBag({ budget: 2, locatie: 1 }, 'nl')).toBe('2 Budget, 1 Locatie');
    expect(formatBag({}, 'en')).toBe('nothing');
    expect(cleanBag({ budget: 0, bereik: 2 })).toEqual({ bereik: 2 });
    expect(setCount({ budget: 1 }, 'budget', -3)).toEqual({});
    expect(sumBags([{ budget: 1 }, { budget: 2, bereik: 1 }, undefined])).toEqual({ budget: 3, bereik: 1 });
  });
});

describe('projects', () => {
  it('shows what each project needs, what is pledged, by whom, and what is still missing', () => {
    let s = advance(game()); // Overleg
    const pid = s.projects.table[0];
    const needs = projectCard(pid).needs;
    const r = Object.keys(needs).find((k) => (s.partners.bibliotheek!.hand as Record<string, number>)[k]) as keyof typeof needs | undefined;
    if (r) s = act(s, 0, { type: 'pledge', projectId: pid, resources: { [r]: 1 } });
    const vm = projectsVM(view(s, 0), 'nl').find((p) => p.id === pid)!;
    expect(vm.name).toBe(projectCard(pid).name.nl);
    expect(vm.minPartners).toBe(projectCard(pid).minPartners);
    for (const row of vm.rows) {
      expect(row.need).toBe(needs[row.resource] ?? 0);
      expect(row.pledged + row.missing).toBe(row.need);
    }
    if (r) {
      const row = vm.rows.find((x) => x.resource === r)!;
      expect(row.pledged).toBe(1);
      expect(row.mine).toBe(1);
      expect(vm.pledgers).toEqual([{ role: 'bibliotheek', name: 'Bibliotheek (Taalhuis)', bag: { [r]: 1 }, isMe: true }]);
      expect(vm.partnerCount).toBe(1);
      // Another seat sees the pledge too, but not as its own.
      const other = projectsVM(view(s, 1), 'nl').find((p) => p.id === pid)!;
      expect(other.pledgers[0].isMe).toBe(false);
      expect(other.rows.find((x) => x.resource === r)!.mine).toBe(0);
    }
    expect(vm.complete).toBe(Object.keys(missing({}, needs)).length === 0);
  });
});

describe('offers', () => {
  it('splits open offers into incoming and outgoing, seen from my side', () => {
    let s = advance(game());
    const give = { [Object.keys(s.partners.gemeente!.hand)[0]]: 1 };
    const get = { [Object.keys(s.partners.bibliotheek!.hand)[0]]: 1 };
    s = act(s, 1, { type: 'proposeTrade', to: 'bibliotheek', give, get });
    const mine = offersVM(view(s, 1).offers, 'gemeente', 'nl');
    expect(mine.incoming).toHaveLength(0);
    expect(mine.outgoing).toHaveLength(1);
    expect(mine.outgoing[0]).toMatchObject({ other: 'bibliotheek', iGive: give, iGet: get, incoming: false, isCounter: false });
    const theirs = offersVM(view(s, 0).offers, 'bibliotheek', 'en');
    expect(theirs.incoming[0]).toMatchObject({ other: 'gemeente', iGive: get, iGet: give, incoming: true });
    expect(offersVM(view(s, 2).offers, 'welzijn', 'nl').incoming).toHaveLength(0);
  });
});

describe('partners and interests', () => {
  it('lists every other partner with its player, hand size and what it disclosed', () => {
    let s = advance(game());
    const interest = s.partners.welzijn!.interests[0];
    s = act(s, 2, { type: 'disclose', interestId: interest, to: 'all' });
    const list = partnersVM(view(s, 0), seats(), 'nl');
    expect(list.map((p) => p.role)).toEqual(['gemeente', 'welzijn']);
    const w = list.find((p) => p.role === 'welzijn')!;
    expect(w.playerName).toBe('Chris');
    expect(w.handCount).toBeGreaterThan(0);
    expect(w.disclosed).toEqual([expect.objectContaining({ interestId: interest, toYou: false })]);
    const mine = interestsVM(view(s, 2), 'nl');
    expect(mine.find((i) => i.id === interest)).toMatchObject({ disclosedToAll: true, canShowTo: [] });
    const other = mine.find((i) => i.id !== interest)!;
    expect(other.canShowTo.sort()).toEqual(['bibliotheek', 'gemeente']);
    expect(other.title.length).toBeGreaterThan(0);
  });
});

describe('persona track and end screen', () => {
  it('shows the target as slots and the result of a finished game', () => {
    let s = game(undefined, 7, 1);
    const track = personaTrackVM(view(s, 0), 'nl');
    expect(track.onBoard).toBe(0);
    expect(track.slots.length).toBe(track.target);
    expect(track.slots.every((x) => !x.filled)).toBe(true);
    s = advance(s);
    const guessed = s.partners.welzijn!.interests[0];
    s = act(s, 1, { type: 'guess', target: 'welzijn', interestIds: [guessed] });
    s = advance(s, 3); // one round → ended
    expect(s.status).toBe('ended');
    const end = endVM(view(s, 1), seats(), 1, 'en')!;
    expect(end.target).toBe(track.target);
    expect(end.scores.map((x) => x.name)).toEqual(['Anna', 'Bram', 'Chris']);
    expect(end.scores[1].isMe).toBe(true);
    expect(end.revealed.map((r) => r.role).sort()).toEqual(['bibliotheek', 'gemeente', 'welzijn']);
    for (const r of end.revealed) expect(r.interests.length).toBe(2);
    const w = end.revealed.find((r) => r.role === 'welzijn')!;
    expect(w.myGuess).toEqual({ right: 1, guessed: 1 });
    expect(w.interests.find((i) => i.id === guessed)!.iGuessed).toBe(true);
    expect(end.revealed.find((r) => r.role === 'bibliotheek')!.myGuess).toBeNull();
    expect(endVM(view(game(), 0), seats(), 0, 'nl')).toBeNull();
  });
});

describe('lobby', () => {
  it('shows each offered role with its mission, what it brings and who took it', () => {
    const info = roomInfo({ seats: [{ seat: 0, name: 'Anna', role: 'gemeente', connected: true, away: false, bot: '' }, { seat: 1, name: 'Bram', role: '', connected: false, away: false, bot: '' }] });
    const roles = roleChoicesVM(info, 1, 'nl');
    expect(roles.map((r) => r.id)).toEqual(['bibliotheek', 'gemeente', 'welzijn', 'uwv']);
    const g = roles.find((r) => r.id === 'gemeente')!;
    expect(g.takenBy).toBe('Anna');
    expect(g.mission.length).toBeGreaterThan(10);
    expect(g.brings.length).toBeGreaterThan(0);
    expect(roleChoicesVM(info, 0, 'nl').find((r) => r.id === 'gemeente')!.mine).toBe(true);
    expect(claimedCount(info.seats)).toBe(1);
    const players = playersVM(info.seats, 1, 'en');
    expect(players[1]).toMatchObject({ name: 'Bram', isMe: true, roleName: null, connected: false });
  });
});
