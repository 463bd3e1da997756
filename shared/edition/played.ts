import type { Content } from '../content/schema';
import type { Edition } from './format';

// Which cards a game with an edition plays. Types only, so the browser (client/src/net/edition.ts)
// uses the same function as the server without the schemas.

/** The content a game with this edition plays with: the cards switched off left out. */
export function playedContent(edition: Pick<Edition, 'content' | 'off'>): Content {
  const { content, off } = edition;
  const out = (ids: readonly string[]) => {
    const set = new Set(ids);
    return <T extends { id: string }>(cards: readonly T[]) => cards.filter((c) => !set.has(c.id));
  };
  return {
    ...content,
    projects: out(off.projects)(content.projects),
    interests: out(off.interests)(content.interests),
    personas: out(off.personas)(content.personas),
    events: out(off.events)(content.events),
  };
}
