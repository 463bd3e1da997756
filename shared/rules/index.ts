export { applyAction } from './apply';
export { createGame, dealableInterests } from './setup';
export { legalActions, seatOf } from './legal';
export { replay } from './replay';
export { defaultConfig, targetFor, assertValidConfig, DROPOUT_CHANCE, TARGET_BY_SEATS } from './config';
export { interestMet, onBoardCount, ruleMet, settlesAtEnd } from './scoring';
export { isReady, pledgedTotal, projectPartners } from './phases';
export * from './types';
export { seatMoves, type SeatMoves } from './moves';
