// The protocol's constants, in a module without zod so the browser can import them.
export const PROTOCOL_VERSION = 1 as const;
export const ROOM_NAME = 'table';
