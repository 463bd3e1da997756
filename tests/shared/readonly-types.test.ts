import { describe, expect, it } from 'vitest';
import { createGame, defaultConfig } from '../../shared/rules';
import { ownPart, playerView, projectorView, publicPart, ViewCache } from '../../shared/view';

// States and views are deeply read-only in their types: the lines marked @ts-expect-error below are
// changes in place that must not compile (`npm run typecheck` fails on a mark that has no error to
// expect, so this file fails the build the day a type lets one through). At run time the property
// tests run on frozen states (properties-0.test.ts).

describe('read-only states and views', () => {
  it('forbid changes in place in their types', () => {
    const s = createGame(defaultConfig(['bibliotheek', 'gemeente', 'uwv']), 1);
    const v = playerView(s, 0);
    const cache = new ViewCache();
    const pub = publicPart(s, cache);
    const own = ownPart(s, 0, cache);
    const tries = [
      // @ts-expect-error a state's log
      () => s.log.push(s.log[0]),
      // @ts-expect-error a partner's hand
      () => (s.partners.bibliotheek!.hand.budget = 9),
      // @ts-expect-error a resident
      () => (s.personas[Object.keys(s.personas)[0]] = s.personas[Object.keys(s.personas)[0]]),
      // @ts-expect-error the table's projects
      () => s.projects.table.pop(),
      // @ts-expect-error a view's hand
      () => (v.hand.budget = 9),
      // @ts-expect-error a view's controls
      () => v.controls.pop(),
      // @ts-expect-error the projector's log
      () => projectorView(s).log.pop(),
      // @ts-expect-error a public part's projects
      () => (pub.projects[0].ready = true),
      // @ts-expect-error an own part's interests
      () => own.interests.pop(),
    ];
    expect(tries).toHaveLength(9);
  });
});
