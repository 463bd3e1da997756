import { cardsOf } from '../content';
import { targetFor } from '../rules/config';
import { onBoardCount } from '../rules/scoring';
import type { GameState, PersonaStatus } from '../rules/types';
import type { JourneyStep, OnBoardPoint, PersonaJourney, PersonasDebrief } from './types';

// Residents as people, not a number: how many were on board after each Uitvoering, and each one's
// journey (reached by which project, held by whom, lost when and why).

const ON_BOARD: readonly PersonaStatus[] = ['reached', 'held'];

export function personasOf(s: GameState): PersonasDebrief {
  const status = new Map<string, PersonaStatus>();
  const steps = new Map<string, JourneyStep[]>();
  const byRound: OnBoardPoint[] = [];
  const step = (id: string, st: JourneyStep) => steps.set(id, [...(steps.get(id) ?? []), st]);
  for (const e of s.log) {
    const at = { round: e.round, phase: e.phase };
    switch (e.t) {
      case 'reached':
        status.set(e.personaId, 'reached');
        step(e.personaId, { ...at, kind: 'reached', projectId: e.projectId });
        break;
      case 'held':
        status.set(e.personaId, 'held');
        if (!('role' in e.by)) step(e.personaId, { ...at, kind: 'held', projectId: e.by.projectId });
        else if (e.by.referredBy) step(e.personaId, { ...at, kind: 'held', role: e.by.role, resource: e.by.resource, referredBy: e.by.referredBy });
        else step(e.personaId, { ...at, kind: 'held', role: e.by.role, resource: e.by.resource });
        break;
      case 'referred':
      case 'referralLapsed':
        step(e.personaId, { ...at, kind: e.t, from: e.from, to: e.to });
        break;
      case 'dropped':
        status.set(e.personaId, 'dropped');
        step(e.personaId, { ...at, kind: 'dropped', eventId: e.eventId });
        break;
      case 'comeback':
        status.set(e.personaId, 'held');
        step(e.personaId, { ...at, kind: 'comeback', eventId: e.eventId });
        break;
      case 'phase':
        // The Terugblik opens right after the Uitvoering resolved: the round's count.
        if (e.phase === 'terugblik') byRound.push({ round: e.round, onBoard: [...status.values()].filter((v) => ON_BOARD.includes(v)).length });
        break;
    }
  }
  const journeys = [...steps.entries()].map(([id, list]) => journey(s, id, list));
  return { chart: { target: targetFor(s.config), byRound, final: onBoardCount(s) }, journeys };
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
