import type { ErrorCode } from '../../../shared/rules/types';

// Words of doorverwijzen (a warm handover): the referral control on a resident, the request to the
// partner who may take the resident up, the log lines and the residents' journeys in the debrief.

type Messages = { nl: string; en: string };

/** The engine's refusals of a referral and its take-up (spread into ENGINE_ERRORS). */
export const REFERRAL_ERRORS: Record<Extract<ErrorCode, 'not_your_resident' | 'wrong_domain' | 'already_referred' | 'not_referred_to_you'>, Messages> = {
  not_your_resident: {
    nl: 'Doorverwijzen kan alleen als jij meedeed aan het project dat deze inwoner bereikte.',
    en: 'You can only refer a resident reached by a project you took part in.',
  },
  wrong_domain: { nl: 'Die partner werkt niet aan het domein van deze inwoner.', en: 'That partner does not work on this resident\'s domain.' },
  already_referred: { nl: 'Deze inwoner is al doorverwezen.', en: 'This resident has already been referred.' },
  not_referred_to_you: { nl: 'Deze inwoner is niet naar jou doorverwezen.', en: 'This resident was not referred to you.' },
};

export const referralNl = {
  refer: 'Verwijs door naar {role}',
  referHelp: 'Doorverwijzen kost jou niets. De inwoner is alleen vastgehouden als {role} hem in deze fase opneemt.',
  referredTo: 'Doorverwezen naar {role}: wacht tot die hem opneemt.',
  referredToYou: '{from} verwijst {persona} naar jou. Neem je hem op? Dat kost je 1 Bereik of 1 Vrijwilligers.',
  takeUp: 'Neem op ({resource})',
  log_referred: '{from} verwijst {persona} door naar {to}',
  log_referralLapsed: '{to} nam {persona} niet op: de inwoner kan nog afhaken',
  log_heldReferral: '{by} neemt {persona} op (warme overdracht van {from})',
  dbStepReferred: 'doorverwezen door {from} naar {to}',
  dbStepReferralLapsed: 'niet opgenomen door {to}',
  dbStepHeldReferral: 'opgenomen door {role} na doorverwijzing door {from} ({resource})',
};

export const referralEn: Record<keyof typeof referralNl, string> = {
  refer: 'Refer to {role}',
  referHelp: 'Referring costs you nothing. The resident is held only if {role} takes them up in this phase.',
  referredTo: 'Referred to {role}: waiting for them to take the resident up.',
  referredToYou: '{from} refers {persona} to you. Will you take them up? It costs you 1 Reach or 1 Volunteers.',
  takeUp: 'Take up ({resource})',
  log_referred: '{from} refers {persona} to {to}',
  log_referralLapsed: '{to} did not take up {persona}: the resident may still drop out',
  log_heldReferral: '{by} takes up {persona} (a warm handover from {from})',
  dbStepReferred: 'referred by {from} to {to}',
  dbStepReferralLapsed: 'not taken up by {to}',
  dbStepHeldReferral: 'taken up by {role} after a referral by {from} ({resource})',
};
