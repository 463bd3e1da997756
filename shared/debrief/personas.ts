import { cardsOf } from '../content';
import { targetFor } from '../rules/config';
import { onBoardCount } from '../rules/scoring';
import type { GameState } from '../rules/types';
import { foldOf, type LogFold } from './fold';
import type { JourneyStep, PersonaJourney, PersonasDebrief } from './types';

// Residents as people, not a number: how many were on board after each Uitvoering, and each one's
// journey (reached by which project, held by whom, lost when and why).

/** `fold`: the game's log read (fold.ts), when the caller has it. */
export function personasOf(s: GameState, fold: LogFold = foldOf(s)): PersonasDebrief {
  // (Each journey's steps copied: the fold goes on adding to its own.)
  const journeys = [...fold.steps].map(([id, list]) => journey(s, id, list.slice()));
  return { chart: { target: targetFor(s.config), byRound: fold.byRound.slice(), final: onBoardCount(s) }, journeys };
}

function journey(s: GameState, personaId: string, steps: JourneyStep[]): PersonaJourney {
  const reached = steps.find((x) => x.kind === 'reached');
  const held = steps.find((x) => x.kind === 'held');
  const drops = steps.filter((x) => x.kind === 'dropped');
  // Out of the game now: a comeback after a drop brought them back.
  const lastDrop = s.personas[personaId].status === 'dropped' ? drops[drops.length - 1] : undefined;
  return {
    personaId,
    domain: cardsOf(s).personaCard(personaId).domain,
    status: s.personas[personaId].status,
    reachedRound: reached ? reached.round : null,
    reachedBy: reached && reached.kind === 'reached' ? reached.projectId : null,
    heldBy: !held || held.kind !== 'held' ? null : 'role' in held ? (held.referredBy ? { role: held.role, resource: held.resource, referredBy: held.referredBy } : { role: held.role, resource: held.resource }) : { projectId: held.projectId },
    droppedRound: lastDrop ? lastDrop.round : null,
    droppedBy: lastDrop && lastDrop.kind === 'dropped' ? lastDrop.eventId : null,
    steps,
  };
}
