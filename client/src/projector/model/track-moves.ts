import type { TrackModel } from './types';

// Who boarded the track and who fell off it between two pictures, for the scene to animate.

export interface PersonaMoves {
  boarded: string[];
  dropped: { id: string; name: string; at: { x: number; y: number } }[];
}

export function personaMoves(prev: TrackModel | null, next: TrackModel | null): PersonaMoves {
  if (!prev || !next) return { boarded: [], dropped: [] };
  const before = new Set(prev.tokens.map((t) => t.id));
  const after = new Set(next.tokens.map((t) => t.id));
  return {
    boarded: next.tokens.filter((t) => !before.has(t.id)).map((t) => t.id),
    dropped: prev.tokens.filter((t) => !after.has(t.id)).map((t) => ({ id: t.id, name: t.name.text, at: { x: t.x + t.w / 2, y: t.y + t.h / 2 } })),
  };
}
