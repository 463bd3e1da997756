// Bots: any role, through the engine's own moves, with a reason for each choice.
export { botDecide } from './decide';
export { PERSONALITIES, type BotChoice, type BotInput, type BotText, type Personality } from './types';
