// The protocol constants the browser needs, from the zod-free shared module.
export { PROTOCOL_VERSION, ROOM_NAME } from '../../../shared/protocol/constants';
