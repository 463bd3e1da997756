import type { InterestCard } from '../schema';

// Secret interests of the library, the municipality, UWV, the college and welfare. Each deck
// mixes goals that pull toward working together with ones that pull toward self-interest.
export const INTERESTS_A: InterestCard[] = [
  // Bibliotheek
  {
    id: 'i-bibliotheek-meer-dan-boeken',
    role: 'bibliotheek',
    title: { nl: 'Meer dan boeken', en: 'More than books' },
    text: {
      nl: 'Laat zien dat de Bibliotheek meer is dan een uitleenpunt. Doe mee aan minstens {n} projecten.',
      en: 'Show that the library is more than a place to borrow books. Take part in at least {n} projects.',
    },
    rule: { kind: 'projects', count: 4, at: { 4: 5, 6: 7, 8: 9 } },
    points: 2,
    source: { seed: '001', passage: 'DE BIBLIOTHEEK IS MEER DAN BOEKEN' },
  },
  {
    id: 'i-bibliotheek-gemeente',
    role: 'bibliotheek',
    title: { nl: 'Samen met de gemeente', en: 'Together with the municipality' },
    text: {
      nl: 'De gemeente is je belangrijkste partner. Maak minstens {n} projecten af samen met de gemeente.',
      en: 'The municipality is your most important partner. Complete at least {n} projects together with it.',
    },
    rule: { kind: 'projectWith', role: 'gemeente', count: 3, at: { 4: 4, 6: 5, 8: 5 } },
    points: 1,
    source: { seed: '000', passage: 'De gemeente is je belangrijkste samenwerkingspartner' },
  },
  {
    id: 'i-bibliotheek-vrijwilligers',
    role: 'bibliotheek',
    title: { nl: 'Geen los zand', en: 'No loose sand' },
    text: {
      nl: 'Vrijwilligers die alleen 1-op-1 werken, haken af. Zet je vrijwilligers in bij minstens {n} verschillende projecten.',
      en: 'Volunteers who only work one-to-one drop out. Put your volunteers into at least {n} different projects.',
    },
    rule: { kind: 'spread', resource: 'vrijwilligers', projects: 2 },
    points: 2,
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  {
    id: 'i-bibliotheek-hou-vast',
    role: 'bibliotheek',
    title: { nl: 'Eenmaal gevonden, hou vast', en: 'Once found, hold on' },
    text: {
      nl: 'Jouw projecten bereiken inwoners: minstens {n}. Niemand van hen mag onderweg afhaken. Zorg voor een warme overdracht.',
      en: 'Your projects reach residents: at least {n}. None of them may drop out along the way. Make sure there is a warm handover.',
    },
    rule: { kind: 'noneLost', min: 1, at: { 8: 7 } },
    points: 3,
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'i-bibliotheek-vestigingen',
    role: 'bibliotheek',
    title: { nl: 'De vestigingen open', en: 'Branches stay open' },
    text: {
      nl: 'Je mensen zijn veel tijd kwijt aan het openhouden van de vestigingen. Zet minstens {n} locatie in bij projecten, maar houd aan het eind ook minstens 2 locatie over.',
      en: 'Your staff spend much of their time keeping the branches open. Put at least {n} location into projects, but also keep at least 2 location at the end.',
    },
    rule: { kind: 'keep', resource: 'locatie', min: 2, used: 2, at: { 3: 1, 4: 1 } },
    points: 2,
    source: { seed: '001', passage: 'EXPERIMENTEER SAMEN UIT INNOVATIEBUDGET' },
  },
  // Gemeente
  {
    id: 'i-gemeente-wethouder',
    role: 'gemeente',
    title: { nl: 'De wethouder wil resultaat', en: 'The alderman wants results' },
    text: {
      nl: 'De wethouder wil in de raad echte mensen laten zien. Het team haalt zijn doel met minstens {n} inwoners extra, en jij doet mee aan een project.',
      en: 'The alderman wants to show the council real people. The team reaches its target with at least {n} residents to spare, and you take part in a project.',
    },
    rule: { kind: 'team', extra: 2, at: { 4: 2, 6: 4, 7: 3, 8: 2 } },
    points: 1,
    source: { seed: '000', passage: 'Koppel altijd resultaten van je projecten terug naar de gemeente' },
  },
  {
    id: 'i-gemeente-werk-inkomen',
    role: 'gemeente',
    title: { nl: 'Geld voor werk en inkomen', en: 'Money for work and income' },
    text: {
      nl: 'Je budget komt uit het potje werk en inkomen. Zet minstens {n} budget in bij werkprojecten, en nergens anders.',
      en: 'Your budget comes from the work-and-income pot. Put at least {n} budget into work projects, and nowhere else.',
    },
    rule: { kind: 'earmark', resource: 'budget', domains: ['werk'], min: 1, at: { 8: 2 } },
    points: 3,
    source: { seed: '001', passage: 'SCHRIJF SAMEN HET PLAN' },
  },
  {
    id: 'i-gemeente-begroting',
    role: 'gemeente',
    title: { nl: 'Denk aan volgend jaar', en: 'Think of next year' },
    text: {
      nl: 'De begroting is krap. Zet minstens {n} budget in bij projecten, maar houd aan het eind ook minstens 2 budget over.',
      en: 'The budget is tight. Put at least {n} budget into projects, but also keep at least 2 budget at the end.',
    },
    rule: { kind: 'keep', resource: 'budget', min: 2, used: 1 },
    points: 1,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-gemeente-mandaat',
    role: 'gemeente',
    title: { nl: 'Mandaat geef je niet weg', en: "You don't give away a mandate" },
    text: {
      nl: 'De steun van de wethouder hoort bij een plan, niet bij een partner. Geef nooit draagvlak aan een ander, en zet er minstens {n} in bij projecten.',
      en: "The alderman's backing belongs to a plan, not to a partner. Never give backing to someone else, and put at least {n} into projects.",
    },
    rule: { kind: 'neverGave', resource: 'draagvlak', used: 3, at: { 4: 4, 5: 5, 6: 7, 7: 7, 8: 8 } },
    points: 2,
    source: { seed: '001', passage: 'TOON LEF, ALS BIBLIOTHEEK ÉN ALS GEMEENTE' },
  },
  // UWV
  {
    id: 'i-uwv-privacy',
    role: 'uwv',
    title: { nl: 'Privacy van klanten', en: 'Client privacy' },
    text: {
      nl: 'Je mag gegevens van klanten niet zomaar delen. Geef nooit cijfers aan een partner. Zet er wel minstens {n} in bij projecten over werk waar je zelf aan meedoet.',
      en: 'You may not simply share client data. Never give figures to a partner. Do put at least {n} into work projects you take part in yourself.',
    },
    rule: { kind: 'neverGave', resource: 'cijfers', used: 1, domains: ['werk'] },
    points: 1,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-uwv-aan-het-werk',
    role: 'uwv',
    title: { nl: 'Werkzoekenden aan de slag', en: 'Jobseekers at work' },
    text: {
      nl: 'Jouw opdracht is werk. Doe mee aan minstens {n} projecten over werk en inkomen.',
      en: 'Your task is work. Take part in at least {n} projects on work and income.',
    },
    rule: { kind: 'projects', count: 2, domain: 'werk' },
    points: 2,
    source: { seed: '004', passage: 'Samenwerken met doorverwijzers: UWV, roc, buurthuis' },
  },
  {
    id: 'i-uwv-baan-houden',
    role: 'uwv',
    title: { nl: 'Baan gevonden, baan houden', en: 'Job found, job kept' },
    text: {
      nl: 'Wie net werk heeft, moet de taalcursus kunnen afmaken. Aan het eind zijn minstens {n} inwoners uit werk nog in beeld, en jij deed mee aan een project.',
      en: 'Someone who just found work must be able to finish the language course. At the end, at least {n} residents from work are still on board, and you took part in a project.',
    },
    rule: { kind: 'personas', count: 3, domain: 'werk', at: { 4: 2, 6: 3 } },
    points: 2,
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'i-uwv-doorverwijzen',
    role: 'uwv',
    title: { nl: 'Doorverwijzen naar de Bibliotheek', en: 'Refer to the library' },
    text: {
      nl: 'Je adviseurs willen weten waar ze mensen heen kunnen sturen. Maak minstens {n} projecten af samen met de Bibliotheek.',
      en: 'Your advisers want to know where to send people. Complete at least {n} projects together with the library.',
    },
    rule: { kind: 'projectWith', role: 'bibliotheek', count: 4, at: { 8: 5 } },
    points: 1,
    source: { seed: '004', passage: 'Samenwerken met doorverwijzers: UWV, roc, buurthuis' },
  },
  // ROC
  {
    id: 'i-roc-cursisten',
    role: 'roc',
    title: { nl: 'Cursisten nodig', en: 'Learners needed' },
    text: {
      nl: 'Je eigen cursussen lopen alleen als er deelnemers komen. Krijg meer bereik van partners dan je zelf weggeeft: minstens {n} erbij.',
      en: 'Your own courses only run if learners come. Receive more access from partners than you hand out: at least {n} more.',
    },
    rule: { kind: 'received', resource: 'bereik', min: 1, at: { 8: 3 } },
    points: 2,
    source: { seed: '004', passage: 'Samenwerken met scholen voor volwasseneneducatie' },
  },
  {
    id: 'i-roc-onderwijs',
    role: 'roc',
    title: { nl: 'Onderwijs is ons vak', en: 'Education is our trade' },
    text: {
      nl: 'Je wilt gezien worden als dé plek om te leren. Doe mee aan minstens {n} projecten over leren.',
      en: 'You want to be seen as the place to learn. Take part in at least {n} learning projects.',
    },
    rule: { kind: 'projects', count: 2, domain: 'onderwijs', at: { 8: 4 } },
    points: 2,
    source: { seed: '004', passage: 'Samenwerken met scholen voor volwasseneneducatie' },
  },
  {
    id: 'i-roc-trainer',
    role: 'roc',
    title: { nl: 'Trainer voor iedereen', en: 'Trainer for everyone' },
    text: {
      nl: 'Je traint cursisten, vrijwilligers en professionals. Zet je expertise in bij minstens {n} verschillende projecten.',
      en: 'You train learners, volunteers and professionals. Put your expertise into at least {n} different projects.',
    },
    rule: { kind: 'spread', resource: 'expertise', projects: 3, at: { 8: 5 } },
    points: 2,
    source: { seed: '002', passage: 'als trainer' },
  },
  {
    id: 'i-roc-educatiegeld',
    role: 'roc',
    title: { nl: 'Educatiegeld', en: 'Education money' },
    text: {
      nl: 'Je geld mag alleen naar onderwijs. Zet minstens {n} budget in bij leerprojecten, en nergens anders.',
      en: 'Your money may only go to education. Put at least {n} budget into learning projects, and nowhere else.',
    },
    rule: { kind: 'earmark', resource: 'budget', domains: ['onderwijs'], min: 1, at: { 6: 2, 8: 2 } },
    points: 1,
    source: { seed: '001', passage: 'NEEM OOK DE POLITIEK MEE' },
  },
  // Welzijn
  {
    id: 'i-welzijn-warme-overdracht',
    role: 'welzijn',
    title: { nl: 'Warme overdracht', en: 'Warm handover' },
    text: {
      nl: 'Je cliënten vertrouwen organisaties niet snel. Jouw projecten bereiken inwoners: minstens {n}. Niemand van hen mag afhaken.',
      en: 'Your clients do not trust organisations easily. Your projects reach residents: at least {n}. None of them may drop out.',
    },
    rule: { kind: 'noneLost', min: 1, at: { 8: 7 } },
    points: 3,
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'i-welzijn-geld',
    role: 'welzijn',
    title: { nl: 'Geen geld voor iets nieuws', en: 'No money for anything new' },
    text: {
      nl: 'Je hebt wel de mensen, maar geen budget. Krijg minstens {n} budget van partners. Wat je zelf weggeeft, gaat ervan af.',
      en: 'You have the people, but no budget. Receive at least {n} budget from partners. What you hand out yourself is taken off.',
    },
    rule: { kind: 'received', resource: 'budget', min: 3, at: { 6: 4, 8: 6 } },
    points: 2,
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'i-welzijn-infopunt',
    role: 'welzijn',
    title: { nl: 'Samen onder één dak', en: 'Together under one roof' },
    text: {
      nl: 'In de Bibliotheek kloppen mensen makkelijker aan. Maak minstens {n} projecten af samen met de Bibliotheek.',
      en: 'People drop in more easily at the library. Complete at least {n} projects together with the library.',
    },
    rule: { kind: 'projectWith', role: 'bibliotheek', count: 3, at: { 3: 4, 4: 5, 6: 5, 8: 5 } },
    points: 1,
    source: { seed: '001', passage: 'DE BIBLIOTHEEK IS MEER DAN BOEKEN' },
  },
  {
    id: 'i-welzijn-clienten',
    role: 'welzijn',
    title: { nl: 'Cliënten geef je niet door', en: "You don't pass clients on" },
    text: {
      nl: 'Je stuurt cliënten niet zomaar naar een ander. Geef nooit bereik aan een partner. Zet er wel minstens {n} in bij projecten waar je zelf aan meedoet.',
      en: 'You do not just send clients to someone else. Never give access to a partner. Do put at least {n} into projects you take part in yourself.',
    },
    rule: { kind: 'neverGave', resource: 'bereik', used: 4, at: { 6: 5, 8: 5 } },
    points: 2,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
];
