import type { LessonRule } from './rule';
import { clamp } from './facts';
import type { PersonaJourney } from './types';

// "Eenmaal gevonden? Hou vast!" read from referrals (rules/referral.ts): a resident referred to a
// partner whose work fits and taken up there is a warm handover; one referred and taken up by nobody
// who then dropped out is the cold handover the seeds warn about.

const referred = (j: PersonaJourney) => j.steps.some((x) => x.kind === 'referred');
const takenUp = (j: PersonaJourney) => j.steps.some((x) => x.kind === 'held' && 'referredBy' in x && !!x.referredBy);
/** Dropped out at last, after a referral nobody took up, and never held. */
const lostAfterReferral = (j: PersonaJourney) =>
  j.status === 'dropped' && j.steps.some((x) => x.kind === 'referralLapsed') && !j.steps.some((x) => x.kind === 'held' || x.kind === 'comeback');

export const REFERRAL_RULES: LessonRule[] = [
  {
    id: 'warm-handover',
    lessonId: 'l-hou-vast',
    tone: 'good',
    template: {
      nl: '{takenUp} van de {referred} doorverwezen inwoners werden opgenomen door een partner die daar zijn werk van maakt: een warme overdracht.',
      en: '{takenUp} of the {referred} residents referred were taken up by a partner whose work it is: a warm handover.',
    },
    read: (f) => {
      const all = f.personas.journeys.filter(referred);
      const up = all.filter(takenUp);
      return up.length === 0 ? null : { strength: clamp(0.3 + (0.5 * up.length) / all.length), figures: { takenUp: up.length, referred: all.length } };
    },
  },
  {
    id: 'referral-dropped',
    lessonId: 'l-hou-vast',
    tone: 'gap',
    template: {
      nl: '{lost} inwoners werden doorverwezen, maar niemand nam ze op. Ze haakten af: {personas}.',
      en: '{lost} residents were referred, but nobody took them up. They dropped out: {personas}.',
    },
    read: (f) => {
      const lost = f.personas.journeys.filter(lostAfterReferral);
      return lost.length === 0 ? null : { strength: clamp(0.45 + 0.1 * lost.length), figures: { lost: lost.length, personas: lost.map((j) => j.personaId) } };
    },
  },
];
