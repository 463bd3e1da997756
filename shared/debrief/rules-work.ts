import type { LessonRule } from './rule';
import { clamp, domainsOf, inHands, player, projectsWith, usedInProjects } from './facts';

// Lesson rules about the work itself: projects, pledges and the resources they took (or didn't).

export const WORK_RULES: LessonRule[] = [
  {
    id: 'nothing-completed',
    lessonId: 'l-weet-waar-je-aan-begint',
    tone: 'gap',
    template: {
      nl: 'In {rounds} rondes kwam geen enkel project af.',
      en: 'In {rounds} rounds not a single project was completed.',
    },
    read: (f) => (f.executed >= 1 && f.completed.length === 0 ? { strength: clamp(0.6 + 0.1 * f.executed), figures: { rounds: f.executed } } : null),
  },
  {
    id: 'slow-start',
    lessonId: 'l-weet-waar-je-aan-begint',
    tone: 'gap',
    template: {
      nl: 'In ronde 1 kwam nog niets af; het eerste project lukte pas in ronde {firstRound}.',
      en: 'Nothing was completed in round 1; the first project only succeeded in round {firstRound}.',
    },
    read: (f) => {
      const first = f.completed[0]?.round;
      if (!first || first < 2) return null;
      return { strength: clamp(0.35 + (0.5 * (first - 1)) / Math.max(1, f.rounds - 1)), figures: { firstRound: first } };
    },
  },
  {
    id: 'library-as-place',
    lessonId: 'l-meer-dan-boeken',
    tone: 'good',
    template: {
      nl: 'De Bibliotheek bood de plek voor {projects}; {partners} kwamen er samen.',
      en: 'The library provided the place for {projects}; {partners} came together there.',
    },
    read: (f) => {
      const projects = projectsWith(f, 'locatie', 'bibliotheek');
      const partners = f.roles.filter((r) => r !== 'bibliotheek' && f.completed.some((c) => projects.includes(c.projectId) && c.partners.includes(r)));
      if (partners.length < 2) return null;
      return { strength: clamp(0.25 + 0.1 * partners.length + 0.05 * projects.length), figures: { count: projects.length, projects, partners } };
    },
  },
  {
    id: 'library-idle',
    lessonId: 'l-meer-dan-boeken',
    tone: 'gap',
    template: {
      nl: 'De Bibliotheek hield aan het eind {locatie} locatiekaarten ongebruikt.',
      en: 'The library ended with {locatie} location cards unused.',
    },
    read: (f) => {
      if (!f.ended || !f.roles.includes('bibliotheek')) return null;
      const idle = f.hands.bibliotheek!.locatie ?? 0;
      if (idle < 2 || projectsWith(f, 'locatie', 'bibliotheek').length > 1) return null;
      return { strength: clamp(0.3 + 0.1 * idle), figures: { locatie: idle } };
    },
  },
  {
    id: 'early-experiment',
    lessonId: 'l-innovatiebudget',
    tone: 'good',
    template: {
      nl: 'Al in ronde 1 ging {budget} budget naar nieuwe projecten ({projects}).',
      en: 'Already in round 1, {budget} budget went into new projects ({projects}).',
    },
    read: (f) => {
      const first = f.completed.filter((c) => c.round === 1 && Object.values(c.contributions).some((b) => (b!.budget ?? 0) > 0));
      const budget = first.reduce((n, c) => n + Object.values(c.contributions).reduce((m, b) => m + (b!.budget ?? 0), 0), 0);
      if (budget === 0) return null;
      return { strength: clamp(0.25 + 0.1 * budget), figures: { budget, projects: first.map((c) => c.projectId) } };
    },
  },
  {
    id: 'plan-together',
    lessonId: 'l-schrijf-samen-het-plan',
    tone: 'good',
    template: {
      nl: 'Gemeente en Bibliotheek maakten samen {count} projecten af ({projects}).',
      en: 'The municipality and the library completed {count} projects together ({projects}).',
    },
    read: (f) => {
      const both = f.completed.filter((c) => c.partners.includes('gemeente') && c.partners.includes('bibliotheek')).map((c) => c.projectId);
      return both.length >= 2 ? { strength: clamp(0.3 + 0.1 * both.length), figures: { count: both.length, projects: both } } : null;
    },
  },
  {
    id: 'plan-apart',
    lessonId: 'l-schrijf-samen-het-plan',
    tone: 'gap',
    template: {
      nl: 'Gemeente en Bibliotheek zaten allebei aan tafel, maar maakten geen enkel project samen af.',
      en: 'The municipality and the library were both at the table, but completed no project together.',
    },
    read: (f) => {
      if (!f.roles.includes('gemeente') || !f.roles.includes('bibliotheek') || f.completed.length === 0) return null;
      const together = f.completed.some((c) => c.partners.includes('gemeente') && c.partners.includes('bibliotheek'));
      return together ? null : { strength: 0.6, figures: {} };
    },
  },
  {
    id: 'promises-kept',
    lessonId: 'l-voer-samen-uit',
    tone: 'good',
    template: {
      nl: 'Van de toegezegde kaarten kwam {percent}% echt in een afgerond project terecht ({kept} kaarten).',
      en: '{percent}% of the pledged cards really ended up in a completed project ({kept} cards).',
    },
    read: (f) => {
      const all = f.kept + f.unpledged + f.stranded;
      if (f.kept < 4 || f.kept / all < 0.85) return null;
      const share = f.kept / all;
      return { strength: clamp(0.3 + 2 * (share - 0.85) + 0.01 * f.kept), figures: { percent: Math.round(share * 100), kept: f.kept } };
    },
  },
  {
    id: 'plans-changed',
    lessonId: 'l-geen-panklare-oplossingen',
    tone: 'gap',
    template: {
      nl: 'Van {pledged} toegezegde kaarten bleven er {stranded} liggen bij onafgemaakte projecten ({projects}) en werden er {unpledged} teruggenomen.',
      en: 'Of {pledged} pledged cards, {stranded} were left on unfinished projects ({projects}) and {unpledged} were taken back.',
    },
    read: (f) => {
      // Left on the table counts only once the game is over: until then it may still be finished.
      const stranded = f.ended ? f.stranded : 0;
      const changed = f.unpledged + stranded;
      const pledged = f.kept + changed;
      if (changed < 3 || changed / pledged < 0.25) return null;
      return {
        strength: clamp(0.15 + 0.6 * (changed / pledged)),
        figures: { pledged, stranded, unpledged: f.unpledged, projects: f.ended ? f.strandedProjects : [] },
      };
    },
  },
  {
    id: 'figures-used',
    lessonId: 'l-probleem-in-cijfers',
    tone: 'good',
    template: {
      nl: 'Er gingen {cijfers} cijferkaarten in afgeronde projecten ({projects}).',
      en: '{cijfers} figures cards went into completed projects ({projects}).',
    },
    read: (f) => {
      const n = usedInProjects(f, 'cijfers');
      return n >= 2 ? { strength: clamp(0.2 + 0.1 * n), figures: { cijfers: n, projects: projectsWith(f, 'cijfers') } } : null;
    },
  },
  {
    id: 'figures-idle',
    lessonId: 'l-probleem-in-cijfers',
    tone: 'gap',
    template: {
      nl: 'Aan het eind lagen nog {cijfers} cijferkaarten ongebruikt; in afgeronde projecten zaten er {used}.',
      en: 'At the end {cijfers} figures cards lay unused; completed projects held {used}.',
    },
    read: (f) => {
      const idle = inHands(f, 'cijfers');
      const used = usedInProjects(f, 'cijfers');
      if (!f.ended || idle < Math.max(3, f.seats / 2) || used > 1) return null;
      return { strength: clamp(0.3 + 0.05 * idle), figures: { cijfers: idle, used } };
    },
  },
  {
    id: 'budget-idle',
    lessonId: 'l-financiering',
    tone: 'gap',
    template: {
      nl: 'Aan het eind lag er nog {budget} budget ongebruikt ({percent}% van al het budget), het meest bij {role} ({most}).',
      en: 'At the end {budget} budget lay unused ({percent}% of all budget), most of it with {role} ({most}).',
    },
    read: (f) => {
      const idle = inHands(f, 'budget');
      const share = idle / Math.max(1, idle + usedInProjects(f, 'budget'));
      if (!f.ended || idle < 2 || share < 0.4) return null;
      const role = f.roles.reduce((a, b) => ((f.hands[b]!.budget ?? 0) > (f.hands[a]!.budget ?? 0) ? b : a));
      return { strength: clamp(share), figures: { budget: idle, percent: Math.round(share * 100), role, most: f.hands[role]!.budget ?? 0 } };
    },
  },
  {
    id: 'employer-pays',
    lessonId: 'l-financiering',
    tone: 'good',
    template: {
      nl: 'De werkgever betaalde mee: {budget} budget in {projects}.',
      en: 'The employer helped pay: {budget} budget in {projects}.',
    },
    read: (f) => {
      const budget = usedInProjects(f, 'budget', 'werkgever');
      return budget > 0 ? { strength: clamp(0.3 + 0.1 * budget), figures: { budget, projects: projectsWith(f, 'budget', 'werkgever') } } : null;
    },
  },
  {
    id: 'volunteers-broad',
    lessonId: 'l-vrijwilligers',
    tone: 'good',
    template: {
      nl: 'Vrijwilligers werkten mee in {count} domeinen: {domains}.',
      en: 'Volunteers took part in {count} domains: {domains}.',
    },
    read: (f) => {
      const domains = domainsOf(f, projectsWith(f, 'vrijwilligers'));
      return domains.length >= 3 ? { strength: clamp(0.1 + 0.1 * domains.length), figures: { count: domains.length, domains } } : null;
    },
  },
  {
    id: 'volunteers-idle',
    lessonId: 'l-vrijwilligers',
    tone: 'gap',
    template: {
      nl: 'Aan het eind zaten er nog {vrijwilligers} vrijwilligers zonder taak.',
      en: 'At the end {vrijwilligers} volunteers were still without a task.',
    },
    read: (f) => {
      const idle = inHands(f, 'vrijwilligers');
      return f.ended && idle >= Math.max(3, f.seats) ? { strength: clamp(0.2 + (0.6 * idle) / (2 * f.seats)), figures: { vrijwilligers: idle } } : null;
    },
  },
  {
    id: 'helped-not-own',
    lessonId: 'l-eigen-dienstverlening',
    tone: 'gap',
    template: {
      nl: '{role} gaf {given} kaarten aan anderen, maar deed zelf aan geen enkel project mee.',
      en: '{role} gave {given} cards to others, but took part in no project itself.',
    },
    read: (f) => {
      if (f.executed === 0) return null;
      const p = f.players.filter((x) => x.givenTotal >= 2 && x.projectsJoined.length === 0).sort((a, b) => b.givenTotal - a.givenTotal)[0];
      return p ? { strength: clamp(0.4 + 0.05 * p.givenTotal), figures: { role: p.role, given: p.givenTotal } } : null;
    },
  },
  {
    id: 'ambassador',
    lessonId: 'l-geef-een-gezicht',
    tone: 'good',
    template: {
      nl: 'De taalambassadeur deed mee aan {projects}: ervaring kreeg een gezicht.',
      en: 'The language ambassador took part in {projects}: experience got a face.',
    },
    read: (f) => {
      const joined = player(f, 'taalambassadeur')?.projectsJoined ?? [];
      return joined.length > 0 ? { strength: clamp(0.35 + 0.1 * joined.length), figures: { count: joined.length, projects: joined } } : null;
    },
  },
];
