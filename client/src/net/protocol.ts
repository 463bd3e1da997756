// The two protocol constants the browser needs, without loading shared/protocol/messages.ts (its zod
// schemas are for the server). tests/client/protocol.test.ts checks they equal the shared ones.
export const PROTOCOL_VERSION = 1 as const;
export const ROOM_NAME = 'table';
