// The protocol's constants, in a module without zod so the browser can import them.
export const PROTOCOL_VERSION = 2 as const;
export const ROOM_NAME = 'table';

/** What the projector shows after the game, chosen from the console as the facilitator leads the debrief. */
export const PROJECTOR_SCREENS = ['result', 'lessons', 'personas', 'network', 'reflections'] as const;
export type ProjectorScreen = (typeof PROJECTOR_SCREENS)[number];

/** A training day's room (shared/protocol/event.ts), and the lengths of its short texts. */
export const EVENT_ROOM_NAME = 'event';
export const EVENT_SAY_MAX = 140;
export const EVENT_NOTE_MAX = 280;
