// The protocol's constants, in a module without zod so the browser can import them.
export const PROTOCOL_VERSION = 1 as const;
export const ROOM_NAME = 'table';

/** What the projector shows after the game, chosen from the console as the facilitator leads the debrief. */
export const PROJECTOR_SCREENS = ['result', 'lessons', 'personas', 'network', 'reflections'] as const;
export type ProjectorScreen = (typeof PROJECTOR_SCREENS)[number];
