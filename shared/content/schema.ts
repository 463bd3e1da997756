import { z } from 'zod';
import { DOMAINS, RESOURCES, ROLES } from '../model/ids';

// The shape of every card. Content files are plain data; `loadContent` parses them with these
// schemas so a typo in a card fails loudly at start-up and in the tests, never mid-game.

/** Text with no markup: cards are shown as text everywhere, and an edition is untrusted input. */
const plain = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((t) => !/<\s*[a-z!/?]|javascript:/i.test(t), { message: 'no-markup' });
/** A card's text in both languages (a description, a portrait, a lesson). */
export const TextSchema = z.object({ nl: plain(320), en: plain(320) }).strict();
/** A card's name or title in both languages: short, it is shown on small cards. */
export const NameSchema = z.object({ nl: plain(60), en: plain(60) }).strict();
export const ResourceIdSchema = z.enum(RESOURCES);
export const DomainIdSchema = z.enum(DOMAINS);
export const RoleIdSchema = z.enum(ROLES);

const count = z.number().int().min(0).max(20);
export const BagSchema = z.partialRecord(ResourceIdSchema, count);

/** Where in the seed texts a card comes from: the file and the heading or passage. */
export const SourceSchema = z
  .object({
    /** A seed file's number, or "eigen" for a card an edition made about its own place. */
    seed: z.string().regex(/^(00\d|eigen)$/),
    passage: plain(200),
  })
  .strict();

export const ResourceSchema = z
  .object({ id: ResourceIdSchema, name: NameSchema, description: TextSchema })
  .strict();

export const DomainSchema = z.object({ id: DomainIdSchema, name: NameSchema }).strict();

export const RoleSchema = z
  .object({
    id: RoleIdSchema,
    name: NameSchema,
    /** One line: the organisation's mission, as the player reads it in the lobby. */
    mission: TextSchema,
    /** What the role starts with. */
    hand: BagSchema,
    /** What it receives at the start of every round after the first (its yearly budget, new volunteers...). */
    income: BagSchema,
    source: SourceSchema,
  })
  .strict();

export const ProjectSchema = z
  .object({
    id: z.string().regex(/^p-[a-z0-9-]+$/).max(60),
    name: NameSchema,
    description: TextSchema,
    /** The place the practice comes from, when the seeds name one. */
    place: plain(60).optional(),
    needs: BagSchema,
    minPartners: z.number().int().min(1).max(6),
    domains: z.array(DomainIdSchema).min(1).max(3),
    /** How many personas a completed project reaches. */
    reach: z.number().int().min(1).max(4),
    source: SourceSchema,
  })
  .strict();

const SeatNumber = z.number().int().min(1).max(12).optional();
/**
 * A card's number at a table of this size, where the number scaled from the table of four proved
 * too easy or too hard in the balance simulation
 * (docs/RULES.en.md "Where the rules go beyond the first design, and why").
 */
const AtSeatsSchema = z
  .object({ '3': SeatNumber, '4': SeatNumber, '5': SeatNumber, '6': SeatNumber, '7': SeatNumber, '8': SeatNumber })
  .strict()
  .optional();

export const InterestRuleSchema = z.discriminatedUnion('kind', [
  /** Be a partner in at least `count` completed projects (in `domain`, if given). */
  z.object({ kind: z.literal('projects'), count: z.number().int().min(1).max(12), domain: DomainIdSchema.optional(), at: AtSeatsSchema }).strict(),
  /** Complete at least `count` (default 1) projects together with `role`. */
  z.object({ kind: z.literal('projectWith'), role: RoleIdSchema, count: z.number().int().min(1).max(6).optional(), at: AtSeatsSchema }).strict(),
  /** Put at least `min` of `resource` into completed projects of `domains`, and none into others. */
  z
    .object({
      kind: z.literal('earmark'),
      resource: ResourceIdSchema,
      domains: z.array(DomainIdSchema).min(1),
      min: z.number().int().min(1).max(12),
      at: AtSeatsSchema,
    })
    .strict(),
  /** Put `used` of `resource` into completed projects and still hold at least `min` of it at the end. */
  z
    .object({
      kind: z.literal('keep'),
      resource: ResourceIdSchema,
      min: z.number().int().min(1).max(12),
      /** Cards of it to put into completed projects first (default 0: only join one project). */
      used: z.number().int().min(1).max(6).optional(),
      at: AtSeatsSchema,
    })
    .strict(),
  /** Put `resource` into at least `projects` different completed projects. */
  z.object({ kind: z.literal('spread'), resource: ResourceIdSchema, projects: z.number().int().min(2).max(12), at: AtSeatsSchema }).strict(),
  /** At least `count` personas on board at the end (in `domain`, if given), having joined a completed project. */
  z.object({ kind: z.literal('personas'), count: z.number().int().min(1).max(12), domain: DomainIdSchema.optional(), at: AtSeatsSchema }).strict(),
  /** The team reaches its target plus `extra`, and you joined at least one completed project. */
  z.object({ kind: z.literal('team'), extra: z.number().int().min(0).max(6), at: AtSeatsSchema }).strict(),
  /** Every persona reached by a project you joined is still on board at the end (and there are at least `min`, default 1). */
  z.object({ kind: z.literal('noneLost'), min: z.number().int().min(1).max(12).optional(), at: AtSeatsSchema }).strict(),
  /** Receive at least `min` of `resource` from partners (trades and gifts). */
  z.object({ kind: z.literal('received'), resource: ResourceIdSchema, min: z.number().int().min(1).max(12), at: AtSeatsSchema }).strict(),
  /**
   * Never hand `resource` to another partner (trades and gifts), and put at least `used` (default 1)
   * of it into completed projects (of `domains`, if given): it is used, but only where you are at
   * the table yourself.
   */
  z
    .object({
      kind: z.literal('neverGave'),
      resource: ResourceIdSchema,
      used: z.number().int().min(1).max(6).optional(),
      domains: z.array(DomainIdSchema).min(1).optional(),
      at: AtSeatsSchema,
    })
    .strict(),
]);

export const InterestSchema = z
  .object({
    id: z.string().regex(/^i-[a-z0-9-]+$/).max(60),
    role: RoleIdSchema,
    title: NameSchema,
    text: TextSchema,
    rule: InterestRuleSchema,
    points: z.number().int().min(1).max(3),
    source: SourceSchema,
  })
  .strict();

export const PersonaSchema = z
  .object({
    id: z.string().regex(/^pe-[a-z0-9-]+$/).max(60),
    name: plain(40),
    age: z.number().int().min(16).max(99),
    portrait: TextSchema,
    domain: DomainIdSchema,
    source: SourceSchema,
  })
  .strict();

export const EventEffectSchema = z.discriminatedUnion('kind', [
  /** Roles (all in play when omitted) receive resources: a documented source. */
  z
    .object({
      kind: z.literal('gain'),
      resource: ResourceIdSchema,
      amount: z.number().int().min(1).max(10),
      roles: z.array(RoleIdSchema).optional(),
    })
    .strict(),
  /** Roles lose resources from their hand, never below zero: a documented sink. */
  z
    .object({
      kind: z.literal('lose'),
      resource: ResourceIdSchema,
      amount: z.number().int().min(1).max(10),
      roles: z.array(RoleIdSchema).optional(),
    })
    .strict(),
  /** This round the resource cannot change hands between partners (pledging still works). */
  z.object({ kind: z.literal('freeze'), resource: ResourceIdSchema }).strict(),
  /** Projects of the domain completed this round reach extra personas. */
  z.object({ kind: z.literal('bonusReach'), domain: DomainIdSchema, amount: z.number().int().min(1) }).strict(),
  /** The earliest reached personas that nobody holds drop out now. */
  z.object({ kind: z.literal('dropout'), count: z.number().int().min(1).max(6) }).strict(),
  /** A persona who dropped out comes back, and is held. */
  z.object({ kind: z.literal('comeback'), count: z.number().int().min(1).max(6) }).strict(),
]);

export const EventSchema = z
  .object({
    id: z.string().regex(/^e-[a-z0-9-]+$/).max(60),
    title: NameSchema,
    text: TextSchema,
    effects: z.array(EventEffectSchema).min(1).max(4),
    source: SourceSchema,
  })
  .strict();

/** A heading of the inspiration document (seed 001) with its lesson and a question for the table. */
export const LessonSchema = z
  .object({
    id: z.string().regex(/^l-[a-z0-9-]+$/).max(60),
    heading: NameSchema,
    text: TextSchema,
    prompt: TextSchema,
    source: SourceSchema,
  })
  .strict();

export const ContentSchema = z
  .object({
    resources: z.array(ResourceSchema).length(RESOURCES.length),
    domains: z.array(DomainSchema).length(DOMAINS.length),
    roles: z.array(RoleSchema).min(8).max(ROLES.length),
    projects: z.array(ProjectSchema).min(16).max(120),
    interests: z.array(InterestSchema).max(240),
    personas: z.array(PersonaSchema).min(12).max(120),
    events: z.array(EventSchema).min(10).max(80),
    lessons: z.array(LessonSchema).min(1).max(60),
  })
  .strict();

export type ResourceCard = z.infer<typeof ResourceSchema>;
export type DomainCard = z.infer<typeof DomainSchema>;
export type RoleCard = z.infer<typeof RoleSchema>;
export type ProjectCard = z.infer<typeof ProjectSchema>;
export type InterestRule = z.infer<typeof InterestRuleSchema>;
export type InterestCard = z.infer<typeof InterestSchema>;
export type PersonaCard = z.infer<typeof PersonaSchema>;
export type EventEffect = z.infer<typeof EventEffectSchema>;
export type EventCard = z.infer<typeof EventSchema>;
export type LessonCard = z.infer<typeof LessonSchema>;
export type Content = z.infer<typeof ContentSchema>;
