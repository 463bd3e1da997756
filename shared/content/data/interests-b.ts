import type { InterestCard } from '../schema';

// Secret interests of the volunteer organisation, the employer, public health, debt counselling
// and the language ambassador.
export const INTERESTS_B: InterestCard[] = [
  // Vrijwilligersorganisatie
  {
    id: 'i-vrijwilligers-meer-dan-maatje',
    role: 'vrijwilligers',
    title: { nl: 'Meer dan taalmaatje', en: 'More than a language buddy' },
    text: {
      nl: 'Je vrijwilligers willen meer dan 1-op-1 werk. Zet vrijwilligers in bij minstens {n} verschillende projecten.',
      en: 'Your volunteers want more than one-to-one work. Put volunteers into at least {n} different projects.',
    },
    rule: { kind: 'spread', resource: 'vrijwilligers', projects: 2, at: { 8: 4 } },
    points: 2,
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  {
    id: 'i-vrijwilligers-computerles',
    role: 'vrijwilligers',
    title: { nl: 'Computerles geven', en: 'Teach computer classes' },
    text: {
      nl: 'Jullie vrijwilligers zijn goed in computerles. Doe mee aan minstens {n} project over digitale vaardigheden.',
      en: 'Your volunteers are good at computer classes. Take part in at least {n} project on digital skills.',
    },
    rule: { kind: 'projects', count: 1, domain: 'digitaal', at: { 6: 2, 8: 2 } },
    points: 3,
    source: { seed: '004', passage: 'SeniorWeb leercentrum' },
  },
  {
    id: 'i-vrijwilligers-een-plek',
    role: 'vrijwilligers',
    title: { nl: 'Een plek om les te geven', en: 'A place to teach' },
    text: {
      nl: 'Je hebt geen eigen leslokaal. Krijg minstens {n} locatie van partners. Wat je zelf weggeeft, gaat ervan af.',
      en: 'You have no classroom of your own. Receive at least {n} location from partners. What you hand out yourself is taken off.',
    },
    rule: { kind: 'received', resource: 'locatie', min: 2, at: { 4: 1, 8: 3 } },
    points: 3,
    source: { seed: '004', passage: 'Samenwerken met vrijwilligersorganisaties' },
  },
  {
    id: 'i-vrijwilligers-niet-opbranden',
    role: 'vrijwilligers',
    title: { nl: 'Niet opbranden', en: "Don't burn out" },
    text: {
      nl: 'Verloop kost veel: elke nieuwe vrijwilliger moet weer opgeleid worden. Zet minstens {n} vrijwilligers in bij projecten, maar houd aan het eind ook minstens 3 vrijwilligers over.',
      en: 'Turnover is costly: every new volunteer has to be trained again. Put at least {n} volunteers into projects, but also keep at least 3 volunteers at the end.',
    },
    rule: { kind: 'keep', resource: 'vrijwilligers', min: 3, used: 2, at: { 3: 1, 4: 1, 8: 3 } },
    points: 2,
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  // Werkgever
  {
    id: 'i-werkgever-werkvloer',
    role: 'werkgever',
    title: { nl: 'Het moet wat opleveren', en: 'It must pay off' },
    text: {
      nl: 'Je investeert alleen als het de werkvloer helpt: minder verzuim, meer veiligheid. Zet minstens {n} budget in bij werkprojecten, en nergens anders.',
      en: 'You only invest if it helps the shop floor: less sick leave, more safety. Put at least {n} budget into work projects, and nowhere else.',
    },
    rule: { kind: 'earmark', resource: 'budget', domains: ['werk'], min: 1, at: { 8: 2 } },
    points: 2,
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  {
    id: 'i-werkgever-productie',
    role: 'werkgever',
    title: { nl: 'Productie gaat voor', en: 'Production comes first' },
    text: {
      nl: 'Het bedrijf moet ook blijven draaien. Zet minstens {n} budget in bij projecten, maar houd aan het eind ook minstens 2 budget over.',
      en: 'The company has to keep running too. Put at least {n} budget into projects, but also keep at least 2 budget at the end.',
    },
    rule: { kind: 'keep', resource: 'budget', min: 2, used: 2, at: { 3: 1, 4: 1 } },
    points: 1,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-werkgever-gemeente',
    role: 'werkgever',
    title: { nl: 'Afspraken met de gemeente', en: 'Deals with the municipality' },
    text: {
      nl: 'Je betaalt eerst, de gemeente verrekent later. Maak minstens {n} projecten af samen met de gemeente.',
      en: 'You pay first, the municipality settles later. Complete at least {n} projects together with the municipality.',
    },
    rule: { kind: 'projectWith', role: 'gemeente', count: 3, at: { 3: 3, 4: 5, 6: 5 } },
    points: 2,
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  {
    id: 'i-werkgever-schaamte',
    role: 'werkgever',
    title: { nl: 'Medewerkers schamen zich', en: 'Staff feel ashamed' },
    text: {
      nl: 'Je medewerkers willen niet dat de baas hun naam doorgeeft. Geef nooit bereik aan een partner. Zet er wel minstens {n} in bij projecten waar je zelf aan meedoet.',
      en: 'Your staff do not want the boss to pass on their names. Never give access to a partner. Do put at least {n} into projects you take part in yourself.',
    },
    rule: { kind: 'neverGave', resource: 'bereik', used: 4, at: { 6: 5, 8: 5 } },
    points: 1,
    source: { seed: '001', passage: 'TOON LEF, ALS BIBLIOTHEEK ÉN ALS GEMEENTE' },
  },
  // GGD & zorg
  {
    id: 'i-ggd-medisch-geheim',
    role: 'ggd',
    title: { nl: 'Medisch geheim', en: 'Medical confidentiality' },
    text: {
      nl: 'Gezondheidsgegevens zijn geheim. Geef nooit cijfers aan een partner. Zet er wel minstens {n} in bij projecten waar je zelf aan meedoet.',
      en: 'Health data is confidential. Never give figures to a partner. Do put at least {n} into projects you take part in yourself.',
    },
    rule: { kind: 'neverGave', resource: 'cijfers', used: 2, at: { 3: 1, 6: 4, 7: 4, 8: 5 } },
    points: 2,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-ggd-gezondheid',
    role: 'ggd',
    title: { nl: 'Gezonder door taal', en: 'Healthier through language' },
    text: {
      nl: 'Wie slecht leest, begrijpt de bijsluiter niet. Aan het eind zijn minstens {n} inwoners uit gezondheid nog in beeld, en jij deed mee aan een project.',
      en: 'Whoever reads poorly does not understand the leaflet. At the end, at least {n} residents from health are still on board, and you took part in a project.',
    },
    rule: { kind: 'personas', count: 2, domain: 'gezondheid', at: { 4: 1, 8: 3 } },
    points: 2,
    source: { seed: '003', passage: 'Laaggeletterden hebben vaker dan gemiddeld te maken met gezondheidsproblemen' },
  },
  {
    id: 'i-ggd-bibliotheek',
    role: 'ggd',
    title: { nl: 'De Bibliotheek schrijft mee', en: 'The library writes along' },
    text: {
      nl: 'Jullie folders zijn te moeilijk. Maak minstens {n} projecten af samen met de Bibliotheek.',
      en: 'Your leaflets are too difficult. Complete at least {n} projects together with the library.',
    },
    rule: { kind: 'projectWith', role: 'bibliotheek', count: 3, at: { 3: 3, 4: 4, 6: 5, 8: 6 } },
    points: 1,
    source: { seed: '002', passage: 'Voorbeelden van collega\'s: SamenWel!' },
  },
  {
    id: 'i-ggd-monitor',
    role: 'ggd',
    title: { nl: 'Onze cijfers gebruiken', en: 'Use our figures' },
    text: {
      nl: 'De gezondheidsmonitor moet ergens toe leiden. Zet je cijfers in bij minstens {n} verschillende projecten.',
      en: 'The health monitor must lead somewhere. Put your figures into at least {n} different projects.',
    },
    rule: { kind: 'spread', resource: 'cijfers', projects: 2, at: { 6: 4, 8: 4 } },
    points: 2,
    source: { seed: '000', passage: 'Gemeentelijke cijfers' },
  },
  // Schuldhulpverlening
  {
    id: 'i-schuldhulp-schulden',
    role: 'schuldhulp',
    title: { nl: 'Taal en schulden samen', en: 'Language and debt together' },
    text: {
      nl: 'De helft van de mensen met schulden is laaggeletterd. Doe mee aan minstens {n} projecten over schulden.',
      en: 'Half of the people in debt have low literacy. Take part in at least {n} projects on debt.',
    },
    rule: { kind: 'projects', count: 2, domain: 'schulden', at: { 6: 2 } },
    points: 2,
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'i-schuldhulp-dossiers',
    role: 'schuldhulp',
    title: { nl: 'Dossiers blijven dicht', en: 'Files stay closed' },
    text: {
      nl: 'Schulden zijn privé. Geef nooit cijfers aan een partner. Zet er wel minstens {n} in bij projecten over schulden waar je zelf aan meedoet.',
      en: 'Debts are private. Never give figures to a partner. Do put at least {n} into debt projects you take part in yourself.',
    },
    rule: { kind: 'neverGave', resource: 'cijfers', used: 1, domains: ['schulden'] },
    points: 2,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-schuldhulp-maatjes',
    role: 'schuldhulp',
    title: { nl: 'Maatjes gezocht', en: 'Buddies wanted' },
    text: {
      nl: 'Je hebt te weinig handen voor alle mensen met schulden. Krijg minstens {n} vrijwilligers van partners. Wat je zelf weggeeft, gaat ervan af.',
      en: 'You have too few hands for everyone in debt. Receive at least {n} volunteers from partners. What you hand out yourself is taken off.',
    },
    rule: { kind: 'received', resource: 'vrijwilligers', min: 2, at: { 3: 1, 4: 1, 8: 3 } },
    points: 2,
    source: { seed: '001', passage: 'SCHRIJF SAMEN HET PLAN' },
  },
  {
    id: 'i-schuldhulp-in-beeld',
    role: 'schuldhulp',
    title: { nl: 'Niet opnieuw in de schulden', en: 'Not back into debt' },
    text: {
      nl: 'Wie afhaakt, komt vaak opnieuw in de schulden. Aan het eind zijn minstens {n} inwoners uit schulden nog in beeld, en jij deed mee aan een project.',
      en: 'Whoever drops out often gets into debt again. At the end, at least {n} residents from debt are still on board, and you took part in a project.',
    },
    rule: { kind: 'personas', count: 3, domain: 'schulden', at: { 4: 2, 6: 3 } },
    points: 2,
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  // Taalambassadeur
  {
    id: 'i-taalambassadeur-mensen-zoals-ik',
    role: 'taalambassadeur',
    title: { nl: 'Mensen zoals ik', en: 'People like me' },
    text: {
      nl: 'Je wilt dat mensen zoals jij ook de stap zetten. Het team haalt zijn doel met minstens {n} inwoners extra, en jij doet mee aan een project.',
      en: 'You want people like you to take the step too. The team reaches its target with at least {n} residents to spare, and you take part in a project.',
    },
    rule: { kind: 'team', extra: 2, at: { 3: 3, 4: 4, 5: 4, 6: 4, 7: 3, 8: 2 } },
    points: 3,
    source: { seed: '001', passage: 'MAAR GEEF ZE OOK EEN GEZICHT' },
  },
  {
    id: 'i-taalambassadeur-verhaal',
    role: 'taalambassadeur',
    title: { nl: 'Mijn verhaal, overal', en: 'My story, everywhere' },
    text: {
      nl: 'Overal waar een taalambassadeur komt, heeft het effect. Zet jezelf en je vrijwilligers in bij minstens {n} verschillende projecten.',
      en: 'Wherever a language ambassador goes, it has an effect. Put yourself and your volunteers into at least {n} different projects.',
    },
    rule: { kind: 'spread', resource: 'vrijwilligers', projects: 2, at: { 8: 4 } },
    points: 2,
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
  {
    id: 'i-taalambassadeur-wethouder',
    role: 'taalambassadeur',
    title: { nl: 'Aan tafel bij de wethouder', en: "At the alderman's table" },
    text: {
      nl: 'Je wilt niet alleen een mooi verhaal zijn, maar meebeslissen. Maak minstens {n} projecten af samen met de gemeente.',
      en: 'You do not want to be just a nice story; you want a say. Complete at least {n} projects together with the municipality.',
    },
    rule: { kind: 'projectWith', role: 'gemeente', count: 3, at: { 3: 3, 4: 4, 6: 5 } },
    points: 1,
    source: { seed: '001', passage: 'NEEM OOK DE POLITIEK MEE' },
  },
  {
    id: 'i-taalambassadeur-eigen-kring',
    role: 'taalambassadeur',
    title: { nl: 'Mijn eigen kring', en: 'My own circle' },
    text: {
      nl: 'Je kent mensen die niemand anders bereikt, en die vertrouwen jou. Zet minstens {n} bereik in bij projecten, maar houd aan het eind ook minstens 2 bereik zelf.',
      en: 'You know people nobody else reaches, and they trust you. Put at least {n} access into projects, but also keep at least 2 access yourself at the end.',
    },
    rule: { kind: 'keep', resource: 'bereik', min: 2, used: 3 },
    points: 2,
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
];
