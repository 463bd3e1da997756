export { applyAction, closedIn } from './apply';
export { createGame, dealableInterests } from './setup';
export { allowedActions, options, type Option, type Vary } from './options';
export { replay } from './replay';
export {
  defaultConfig,
  targetFor,
  assertValidConfig,
  CARRY_OVER,
  DROPOUT_CHANCE,
  HELD_PER_VIEW,
  PERSONAS_BY_SEATS,
  RESULTS_PER_SUPPORT,
  SIGHT_BY_SEATS,
  TARGET_BY_SEATS,
} from './config';
export { interestMet, onBoardCount, ruleMet, settlesAtEnd } from './scoring';
export { inViewNow, isReady, pledgedTotal, projectPartners } from './phases';
export * from './types';
