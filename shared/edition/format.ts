import { z } from 'zod';
import { ContentSchema } from '../content/schema';

// An edition is the game's cards as a file: the standard edition, or one a facilitator made about
// their own gemeente. The file carries its content whole (so last month's game can be shown with last
// month's cards), the ids of cards switched off, and a hash of both, so a copy can be recognised.

export const EDITION_FORMAT = 'kaarten-op-tafel/edition';
export const EDITION_VERSION = 1;
/** The largest edition file accepted, in bytes of JSON (the standard edition is about 90 KB). */
export const EDITION_MAX_BYTES = 400_000;
/** The standard edition's own name, as the editor shows it. */
export const STANDARD_NAME = { nl: 'Standaardeditie', en: 'Standard edition' } as const;

/** Ids of cards that stay in the file but are not used in a game. */
export const OffSchema = z
  .object({
    projects: z.array(z.string().max(60)).max(200),
    interests: z.array(z.string().max(60)).max(400),
    personas: z.array(z.string().max(60)).max(200),
    events: z.array(z.string().max(60)).max(200),
  })
  .strict();

export const EditionSchema = z
  .object({
    format: z.literal(EDITION_FORMAT),
    version: z.literal(EDITION_VERSION),
    /** The edition's name, e.g. "Dalfsen 2027". */
    name: z.string().trim().min(1).max(80),
    /** The place it is about, if any. */
    place: z.string().trim().max(80).optional(),
    /** When it was last saved (ISO date), if known. */
    saved: z.string().max(40).optional(),
    content: ContentSchema,
    off: OffSchema,
    /** sha-256 of the content and the cards switched off (hash.ts); checked on every load. */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type Edition = z.infer<typeof EditionSchema>;
export type EditionOff = z.infer<typeof OffSchema>;
export type CardKind = keyof EditionOff;
export const CARD_KINDS: readonly CardKind[] = ['projects', 'interests', 'personas', 'events'];

export const NO_CARDS_OFF: EditionOff = { projects: [], interests: [], personas: [], events: [] };
