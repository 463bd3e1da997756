// The game's fixed vocabularies. Union types come from these arrays so content, rules and
// protocol can never disagree about what a resource, domain or phase is.

export const RESOURCES = [
  'budget',
  'vrijwilligers',
  'locatie',
  'expertise',
  'bereik',
  'draagvlak',
  'cijfers',
] as const;
export type ResourceId = (typeof RESOURCES)[number];

export const DOMAINS = ['werk', 'gezondheid', 'schulden', 'digitaal', 'participatie', 'onderwijs'] as const;
export type DomainId = (typeof DOMAINS)[number];

export const ROLES = [
  'bibliotheek',
  'gemeente',
  'uwv',
  'roc',
  'welzijn',
  'vrijwilligers',
  'werkgever',
  'ggd',
  'schuldhulp',
  'taalambassadeur',
] as const;
export type RoleId = (typeof ROLES)[number];

export const PHASES = ['gebeurtenis', 'overleg', 'uitvoering', 'terugblik'] as const;
export type PhaseId = (typeof PHASES)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every language the game speaks. */
export type Text = Record<Locale, string>;

/** An amount of resources. Absent keys mean zero; stored bags never hold zeros. */
export type Bag = Partial<Record<ResourceId, number>>;

export const MIN_SEATS = 3;
export const MAX_SEATS = 8;
