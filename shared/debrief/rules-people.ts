import type { LessonRule } from './rule';
import { clamp, player } from './facts';

// Lesson rules about the people: partners in the network, trust and residents kept on board.

/** Open projects holding pledges at once from which the console says the cards are spread thin (signals.ts). */
export const SPREAD_THIN = 3;

export const PEOPLE_RULES: LessonRule[] = [
  {
    id: 'domains-reached',
    lessonId: 'l-taal-en-meedoen',
    tone: 'good',
    template: {
      nl: 'Jullie bereikten inwoners in {count} domeinen: {domains}.',
      en: 'You reached residents in {count} domains: {domains}.',
    },
    read: (f) => {
      const domains = [...new Set(f.personas.journeys.filter((j) => j.reachedRound !== null).map((j) => j.domain))];
      return domains.length >= 3 ? { strength: clamp(domains.length / 6), figures: { count: domains.length, domains } } : null;
    },
  },
  {
    id: 'narrow-reach',
    lessonId: 'l-taal-en-meedoen',
    tone: 'gap',
    template: {
      nl: 'Alle {reached} bereikte inwoners zaten in maar {count} domein(en): {domains}.',
      en: 'All {reached} residents reached were in only {count} domain(s): {domains}.',
    },
    read: (f) => {
      const reached = f.personas.journeys.filter((j) => j.reachedRound !== null);
      const domains = [...new Set(reached.map((j) => j.domain))];
      return reached.length >= 3 && domains.length <= 2 ? { strength: 0.55, figures: { reached: reached.length, count: domains.length, domains } } : null;
    },
  },
  {
    id: 'signpost',
    lessonId: 'l-wegwijzer',
    tone: 'good',
    template: {
      nl: '{role} was de wegwijzer: verbonden met {neighbours} partners, gewicht {degree} tegen gemiddeld {mean}.',
      en: '{role} was the signpost: linked to {neighbours} partners, weight {degree} against {mean} on average.',
    },
    read: (f) => {
      const { end } = f.network;
      if (end.centre.length !== 1) return null;
      const role = end.centre[0];
      const others = f.roles.filter((r) => r !== role);
      const mean = others.reduce((n, r) => n + end.degree[r]!, 0) / others.length;
      const neighbours = end.edges.filter((e) => e.a === role || e.b === role).length;
      const ratio = end.degree[role]! / Math.max(mean, 0.5);
      if (neighbours < 3 || ratio < 1.4) return null;
      const strength = clamp(0.2 + 0.25 * (ratio - 1) + (role === 'gemeente' ? 0.15 : 0));
      return { strength, figures: { role, neighbours, degree: end.degree[role]!, mean: Math.round(mean * 10) / 10 } };
    },
  },
  {
    id: 'dense-network',
    lessonId: 'l-bouw-netwerk',
    tone: 'good',
    template: {
      nl: '{links} van de {pairs} mogelijke koppels partners werkten samen ({percent}%).',
      en: '{links} of the {pairs} possible pairs of partners worked together ({percent}%).',
    },
    read: (f) => {
      const pairs = (f.seats * (f.seats - 1)) / 2;
      const links = f.network.end.edges.length;
      // Not praised when the console warned that the cards were spread thin ('spread-thin' speaks then).
      if (f.spreadMax >= SPREAD_THIN) return null;
      // Everyone linked is easy at four seats and an achievement at eight.
      return links / pairs >= 0.6 ? { strength: clamp(0.2 + ((links / pairs - 0.5) * f.seats) / 8), figures: { links, pairs, percent: Math.round((100 * links) / pairs) } } : null;
    },
  },
  {
    id: 'outsider',
    lessonId: 'l-bouw-netwerk',
    tone: 'gap',
    template: {
      nl: '{roles} bleef buiten het netwerk: geen ruil, geen gift, geen gezamenlijk project.',
      en: '{roles} stayed outside the network: no trade, no gift, no joint project.',
    },
    read: (f) => {
      const out = f.network.end.outside;
      return f.executed >= 1 && out.length > 0 && out.length < f.seats ? { strength: clamp(0.6 + 0.1 * out.length), figures: { roles: out } } : null;
    },
  },
  {
    id: 'spread-thin',
    lessonId: 'l-energieke-partners',
    tone: 'gap',
    template: {
      nl: '{links} van de {pairs} mogelijke koppels werkten samen. Maar er waren ook {n} projecten tegelijk half gevuld: de kaarten lagen verspreid.',
      en: '{links} of the {pairs} possible pairs worked together. But {n} projects were half filled at the same time: the cards were spread thin.',
    },
    // The console's live signal of the same name warned the room about this during play: the debrief says it too.
    read: (f) =>
      f.spreadMax >= SPREAD_THIN
        ? { strength: clamp(0.55 + 0.05 * (f.spreadMax - SPREAD_THIN)), figures: { n: f.spreadMax, links: f.network.end.edges.length, pairs: (f.seats * (f.seats - 1)) / 2 } }
        : null,
  },
  {
    id: 'many-partners-few-projects',
    lessonId: 'l-energieke-partners',
    tone: 'gap',
    template: {
      nl: '{partners} partners aan tafel, maar samen rondden ze maar {completed} project(en) af.',
      en: '{partners} partners at the table, but together they completed only {completed} project(s).',
    },
    read: (f) => {
      // A project per partner is what a table that gets going manages well within a game.
      if (!f.ended || f.seats < 4 || f.completed.length >= f.seats) return null;
      return { strength: clamp(0.45 + 0.5 * (1 - f.completed.length / f.seats)), figures: { partners: f.seats, completed: f.completed.length } };
    },
  },
  {
    id: 'uneven-energy',
    lessonId: 'l-energieke-partners',
    tone: 'gap',
    template: {
      nl: '{busy} deed aan {most} projecten mee, {idle} aan hooguit één.',
      en: '{busy} took part in {most} projects, {idle} in one at most.',
    },
    read: (f) => {
      if (!f.ended) return null;
      const sorted = f.players.slice().sort((a, b) => b.projectsJoined.length - a.projectsJoined.length);
      const most = sorted[0].projectsJoined.length;
      const idle = f.players.filter((p) => p.projectsJoined.length <= 1).map((p) => p.role);
      if (most < 3 || idle.length === 0) return null;
      return { strength: clamp(0.3 + 0.05 * most + 0.1 * idle.length), figures: { busy: sorted[0].role, most, idle } };
    },
  },
  {
    id: 'gemeente-absent',
    lessonId: 'l-politiek',
    tone: 'gap',
    template: {
      nl: 'De gemeente deed aan geen enkel project mee.',
      en: 'The municipality took part in no project at all.',
    },
    read: (f) => {
      const g = player(f, 'gemeente');
      if (!g || f.executed === 0 || g.projectsJoined.length > 0) return null;
      return { strength: clamp(0.7 + 0.05 * f.completed.length), figures: { completed: f.completed.length } };
    },
  },
  {
    id: 'no-gemeente',
    lessonId: 'l-politiek',
    tone: 'gap',
    template: {
      nl: 'De gemeente zat niet aan tafel; {onBoard} van de {target} inwoners in beeld.',
      en: 'The municipality was not at the table; {onBoard} of the {target} residents on board.',
    },
    read: (f) => (f.roles.includes('gemeente') || f.executed === 0 ? null : { strength: 0.5, figures: { onBoard: f.onBoard, target: f.target } }),
  },
  {
    id: 'lost-without-handover',
    lessonId: 'l-hou-vast',
    tone: 'gap',
    template: {
      nl: '{lost} van de {reached} bereikte inwoners haakten af zonder warme overdracht: {personas}.',
      en: '{lost} of the {reached} residents reached dropped out without a warm handover: {personas}.',
    },
    read: (f) => {
      const reached = f.personas.journeys.filter((j) => j.reachedRound !== null);
      const lost = reached.filter((j) => j.status === 'dropped' && !j.steps.some((x) => x.kind === 'held' || x.kind === 'comeback'));
      if (lost.length === 0) return null;
      return { strength: clamp(0.35 + (0.65 * lost.length) / reached.length), figures: { lost: lost.length, reached: reached.length, personas: lost.map((j) => j.personaId) } };
    },
  },
  {
    id: 'held-on',
    lessonId: 'l-hou-vast',
    tone: 'good',
    template: {
      nl: '{held} inwoners werden vastgehouden ({byCard} met een kaart, {byProject} met een vervolgproject); niemand haakte af.',
      en: '{held} residents were held ({byCard} with a card, {byProject} by a follow-up project); nobody dropped out.',
    },
    read: (f) => {
      const held = f.personas.journeys.filter((j) => j.heldBy);
      if (held.length < 2 || f.personas.journeys.some((j) => j.status === 'dropped')) return null;
      const byCard = held.filter((j) => j.heldBy && 'role' in j.heldBy).length;
      return { strength: clamp(0.3 + 0.05 * held.length), figures: { held: held.length, byCard, byProject: held.length - byCard } };
    },
  },
  {
    id: 'kept-going',
    lessonId: 'l-houd-stug-vol',
    tone: 'good',
    template: {
      nl: 'Jullie maakten in elke ronde projecten af ({perRound}); {onBoard} van de {target} inwoners in beeld.',
      en: 'You completed projects in every round ({perRound}); {onBoard} of the {target} residents on board.',
    },
    read: (f) => {
      const per = f.completedByRound;
      if (per.length < 2 || per.some((n) => n === 0)) return null;
      const late = f.personas.chart.byRound.slice(0, -1).every((p) => p.onBoard < f.target) && f.onBoard >= f.target;
      return { strength: clamp(0.4 + (late ? 0.3 : 0) + (per[per.length - 1] >= per[0] ? 0.1 : 0)), figures: { perRound: per, onBoard: f.onBoard, target: f.target } };
    },
  },
  {
    id: 'stalled',
    lessonId: 'l-houd-stug-vol',
    tone: 'gap',
    template: {
      nl: 'Na ronde {lastRound} kwam er geen project meer af, terwijl het spel {rounds} rondes duurde.',
      en: 'After round {lastRound} no project was completed, though the game lasted {rounds} rounds.',
    },
    read: (f) => {
      const last = f.completed[f.completed.length - 1]?.round;
      if (!f.ended || !last || f.executed < 3 || last > f.executed - 2) return null;
      return { strength: clamp(0.4 + 0.15 * (f.executed - last - 1)), figures: { lastRound: last, rounds: f.executed } };
    },
  },
  {
    id: 'closed-cards',
    lessonId: 'l-vertrouwen',
    tone: 'gap',
    template: {
      nl: '{hidden} van de {dealt} belangen kwamen nooit op tafel, en {declined} aanbiedingen werden afgewezen.',
      en: '{hidden} of the {dealt} interests never came onto the table, and {declined} offers were declined.',
    },
    read: (f) => {
      const cards = f.interests.flatMap((p) => p.interests);
      const hidden = cards.filter((i) => i.disclosures.length === 0).length;
      const declined = f.players.reduce((n, p) => n + p.offers.declined, 0);
      if (cards.length === 0 || hidden / cards.length < 0.5 || declined === 0) return null;
      return { strength: clamp(0.6 * (hidden / cards.length) + 0.1 * declined), figures: { hidden, dealt: cards.length, declined } };
    },
  },
  {
    id: 'misread',
    lessonId: 'l-vertrouwen',
    tone: 'gap',
    template: {
      nl: 'Van {guessed} gokken naar elkaars belangen waren er maar {hits} raak.',
      en: 'Of {guessed} guesses at each other’s interests, only {hits} were right.',
    },
    read: (f) => {
      const guessed = f.guesses.totals.reduce((n, t) => n + t.guessed, 0);
      const hits = f.guesses.totals.reduce((n, t) => n + t.hits, 0);
      return guessed >= 2 && hits / guessed < 0.34 ? { strength: clamp(0.3 + 0.05 * guessed * (1 - hits / guessed)), figures: { guessed, hits } } : null;
    },
  },
  {
    id: 'bold-gifts',
    lessonId: 'l-toon-lef',
    tone: 'good',
    template: {
      nl: 'Er werden {cards} kaarten weggegeven zonder iets terug te vragen; {role} gaf het meest ({most}).',
      en: '{cards} cards were given away without asking anything back; {role} gave the most ({most}).',
    },
    read: (f) => {
      const cards = f.roles.reduce((n, r) => n + f.giftCards[r]!, 0);
      if (cards < 2) return null;
      const role = f.roles.reduce((a, b) => (f.giftCards[b]! > f.giftCards[a]! ? b : a));
      return { strength: clamp(0.2 + 0.07 * cards), figures: { cards, role, most: f.giftCards[role]! } };
    },
  },
  {
    id: 'faces',
    lessonId: 'l-geef-een-gezicht',
    tone: 'good',
    template: {
      nl: 'Achter de score zitten mensen: {personas}.',
      en: 'Behind the score are people: {personas}.',
    },
    read: (f) => {
      const on = f.personas.journeys.filter((j) => j.status === 'reached' || j.status === 'held').map((j) => j.personaId);
      // A gentle last word: weak, so it only shows when little else fits.
      return f.ended && on.length > 0 ? { strength: 0.2, figures: { personas: on.sort((a, b) => (f.cards.personaCard(a).name < f.cards.personaCard(b).name ? -1 : 1)) } } : null;
    },
  },
];
