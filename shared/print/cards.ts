import { fillText, ruleAt } from '../content/scale';
import type { Content, EventCard, EventEffect } from '../content/schema';
import { RESOURCES, type Bag, type Locale, type RoleId } from '../model/ids';
import { resourceSupply } from './supply';
import { word } from './words';

// What the kit's cards say, for one table size and language: pure data from the content, drawn by
// the PDF renderer. Numbers that grow with the table are filled in as the engine fills them.

export type DeckKind = 'role' | 'resource' | 'interest' | 'project' | 'persona' | 'event' | 'lesson';
/** Card sizes on the sheet: small (resources), standard playing card, large (partners). */
export type CardSize = 'small' | 'card' | 'large';

export interface KitLine {
  text: string;
  style: 'body' | 'strong' | 'small' | 'italic';
}

export interface KitCard {
  /** The content id (resources: the resource id; one card per copy). */
  id: string;
  title: string;
  lines: KitLine[];
  /** A short label at the foot of the front: the deck and, for resources, its name. */
  footer: string;
  /** The back: the deck's name, and (interest cards) whose deck it belongs to. */
  back: { title: string; subtitle: string };
}

export interface KitDeck {
  kind: DeckKind;
  size: CardSize;
  cards: KitCard[];
}

export interface KitOptions {
  seats: number;
  lang: Locale;
  rounds: number;
}

const body = (text: string): KitLine => ({ text, style: 'body' });
const strong = (text: string): KitLine => ({ text, style: 'strong' });
const small = (text: string): KitLine => ({ text, style: 'small' });
const italic = (text: string): KitLine => ({ text, style: 'italic' });

export function kitDecks(content: Content, opts: KitOptions): KitDeck[] {
  const { lang, seats, rounds } = opts;
  const res = (id: string) => content.resources.find((r) => r.id === id)!.name[lang];
  const roleName = (id: RoleId) => content.roles.find((r) => r.id === id)!.name[lang];
  const domain = (id: string) => content.domains.find((d) => d.id === id)!.name[lang];
  const bag = (b: Bag) =>
    RESOURCES.filter((r) => b[r])
      .map((r) => `${b[r]} ${res(r)}`)
      .join(' · ');
  const back = (kind: DeckKind, subtitle = word(lang, 'game')) => ({ title: word(lang, kind), subtitle });

  const roles: KitDeck = {
    kind: 'role',
    size: 'large',
    cards: content.roles.map((r) => ({
      id: r.id,
      title: r.name[lang],
      lines: [
        italic(r.mission[lang]),
        strong(word(lang, 'start')),
        body(bag(r.hand)),
        strong(word(lang, 'income')),
        body(bag(r.income)),
        small(`${word(lang, 'interestDeck')}: ${content.interests.filter((i) => i.role === r.id).length}`),
      ],
      footer: word(lang, 'role'),
      back: back('role'),
    })),
  };

  const supply = resourceSupply(content, seats, rounds);
  const resources: KitDeck = {
    kind: 'resource',
    size: 'small',
    cards: content.resources.flatMap((r) =>
      Array.from({ length: supply[r.id] }, () => ({
        id: r.id,
        title: r.name[lang],
        lines: [small(r.description[lang])],
        footer: `${word(lang, 'resource')}: ${r.name[lang]}`,
        back: back('resource'),
      })),
    ),
  };

  const interests: KitDeck = {
    kind: 'interest',
    size: 'card',
    cards: content.interests.map((i) => {
      const rule = ruleAt(i.rule, seats);
      const lines = [body(fillText(i.text[lang], i.rule, seats)), strong(i.points === 1 ? word(lang, 'point') : word(lang, 'points', { n: i.points }))];
      if (rule.kind === 'projectWith') lines.push(small(word(lang, 'onlyWith', { role: roleName(rule.role) })));
      lines.push(small(word(lang, 'secret')));
      return { id: i.id, title: i.title[lang], lines, footer: `${word(lang, 'interest')} · ${roleName(i.role)}`, back: back('interest', roleName(i.role)) };
    }),
  };

  const projects: KitDeck = {
    kind: 'project',
    size: 'card',
    cards: content.projects.map((p) => ({
      id: p.id,
      title: p.name[lang],
      lines: [
        small(p.place ? `${p.description[lang]} (${p.place})` : p.description[lang]),
        strong(`${word(lang, 'needs')}: ${bag(p.needs)}`),
        body(word(lang, 'minPartners', { n: p.minPartners })),
        body(word(lang, 'reaches', { n: p.reach })),
        small(`${word(lang, 'domains')}: ${p.domains.map(domain).join(', ')}`),
      ],
      footer: word(lang, 'project'),
      back: back('project'),
    })),
  };

  const personas: KitDeck = {
    kind: 'persona',
    size: 'card',
    cards: content.personas.map((p) => ({
      id: p.id,
      title: `${p.name}, ${word(lang, 'age', { age: p.age })}`,
      lines: [body(p.portrait[lang]), strong(`${word(lang, 'domains')}: ${domain(p.domain)}`)],
      footer: word(lang, 'persona'),
      back: back('persona'),
    })),
  };

  const events: KitDeck = {
    kind: 'event',
    size: 'card',
    cards: content.events.map((e) => ({
      id: e.id,
      title: e.title[lang],
      lines: [small(e.text[lang]), ...effectLines(content, e, lang)],
      footer: word(lang, 'event'),
      back: back('event'),
    })),
  };

  const lessons: KitDeck = {
    kind: 'lesson',
    size: 'card',
    cards: content.lessons.map((l) => ({
      id: l.id,
      title: l.heading[lang],
      lines: [small(l.text[lang]), strong(word(lang, 'ask')), body(l.prompt[lang])],
      footer: word(lang, 'lesson'),
      back: back('lesson'),
    })),
  };

  return [roles, projects, interests, personas, events, lessons, resources];
}

/** An event's effects in words, so a paper table applies exactly what the engine applies. */
function effectLines(content: Content, event: EventCard, lang: Locale): KitLine[] {
  const res = (id: string) => content.resources.find((r) => r.id === id)!.name[lang];
  const roles = (ids: readonly RoleId[]) => ids.map((id) => content.roles.find((r) => r.id === id)!.name[lang]).join(', ');
  const line = (e: EventEffect): string => {
    switch (e.kind) {
      case 'gain':
        if (e.roles?.length === 1) return word(lang, 'gainOne', { roles: roles(e.roles), n: e.amount, res: res(e.resource) });
        return e.roles ? word(lang, 'gainSome', { roles: roles(e.roles), n: e.amount, res: res(e.resource) }) : word(lang, 'gainAll', { n: e.amount, res: res(e.resource) });
      case 'lose':
        if (e.roles?.length === 1) return word(lang, 'loseOne', { roles: roles(e.roles), n: e.amount, res: res(e.resource) });
        return e.roles ? word(lang, 'loseSome', { roles: roles(e.roles), n: e.amount, res: res(e.resource) }) : word(lang, 'loseAll', { n: e.amount, res: res(e.resource) });
      case 'freeze':
        return word(lang, 'freeze', { res: res(e.resource) });
      case 'bonusReach':
        return word(lang, 'bonusReach', { domain: content.domains.find((d) => d.id === e.domain)!.name[lang], n: e.amount });
      case 'dropout':
        return word(lang, 'dropout', { n: e.count });
      case 'comeback':
        return word(lang, 'comeback', { n: e.count });
    }
  };
  const lines = event.effects.map((e) => strong(`→ ${line(e)}`));
  if (event.effects.some((e) => (e.kind === 'gain' || e.kind === 'lose') && e.roles)) lines.push(small(word(lang, 'notAtTable')));
  return lines;
}
