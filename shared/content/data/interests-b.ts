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
      nl: 'Je vrijwilligers willen meer dan 1-op-1 werk. Zet vrijwilligers in bij minstens 3 verschillende projecten.',
      en: 'Your volunteers want more than one-to-one work. Put volunteers into at least 3 different projects.',
    },
    rule: { kind: 'spread', resource: 'vrijwilligers', projects: 3 },
    points: 3,
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  {
    id: 'i-vrijwilligers-computerles',
    role: 'vrijwilligers',
    title: { nl: 'Computerles geven', en: 'Teach computer classes' },
    text: {
      nl: 'Jullie vrijwilligers zijn goed in computerles. Doe mee aan minstens 1 project over digitale vaardigheden.',
      en: 'Your volunteers are good at computer classes. Take part in at least 1 project on digital skills.',
    },
    rule: { kind: 'projects', count: 1, domain: 'digitaal' },
    points: 1,
    source: { seed: '004', passage: 'SeniorWeb leercentrum' },
  },
  {
    id: 'i-vrijwilligers-een-plek',
    role: 'vrijwilligers',
    title: { nl: 'Een plek om les te geven', en: 'A place to teach' },
    text: {
      nl: 'Je hebt geen eigen leslokaal. Krijg minstens 2 locatie van partners.',
      en: 'You have no classroom of your own. Receive at least 2 location from partners.',
    },
    rule: { kind: 'received', resource: 'locatie', min: 2 },
    points: 2,
    source: { seed: '004', passage: 'Samenwerken met vrijwilligersorganisaties' },
  },
  {
    id: 'i-vrijwilligers-niet-opbranden',
    role: 'vrijwilligers',
    title: { nl: 'Niet opbranden', en: "Don't burn out" },
    text: {
      nl: 'Verloop kost veel: elke nieuwe vrijwilliger moet weer opgeleid worden. Houd aan het eind minstens 2 vrijwilligers over.',
      en: 'Turnover is costly: every new volunteer has to be trained again. Keep at least 2 volunteers at the end.',
    },
    rule: { kind: 'keep', resource: 'vrijwilligers', min: 2 },
    points: 1,
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  // Werkgever
  {
    id: 'i-werkgever-werkvloer',
    role: 'werkgever',
    title: { nl: 'Het moet wat opleveren', en: 'It must pay off' },
    text: {
      nl: 'Je investeert alleen als het de werkvloer helpt: minder verzuim, meer veiligheid. Zet minstens 2 budget in bij werkprojecten, en nergens anders.',
      en: 'You only invest if it helps the shop floor: less sick leave, more safety. Put at least 2 budget into work projects, and nowhere else.',
    },
    rule: { kind: 'earmark', resource: 'budget', domains: ['werk'], min: 2 },
    points: 2,
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  {
    id: 'i-werkgever-productie',
    role: 'werkgever',
    title: { nl: 'Productie gaat voor', en: 'Production comes first' },
    text: {
      nl: 'Het bedrijf moet ook blijven draaien. Houd aan het eind minstens 1 budget over.',
      en: 'The company has to keep running too. Keep at least 1 budget at the end.',
    },
    rule: { kind: 'keep', resource: 'budget', min: 1 },
    points: 1,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-werkgever-gemeente',
    role: 'werkgever',
    title: { nl: 'Afspraken met de gemeente', en: 'Deals with the municipality' },
    text: {
      nl: 'Je betaalt eerst, de gemeente verrekent later. Maak een project af samen met de gemeente.',
      en: 'You pay first, the municipality settles later. Complete a project together with the municipality.',
    },
    rule: { kind: 'projectWith', role: 'gemeente' },
    points: 2,
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  {
    id: 'i-werkgever-schaamte',
    role: 'werkgever',
    title: { nl: 'Medewerkers schamen zich', en: 'Staff feel ashamed' },
    text: {
      nl: 'Je medewerkers willen niet dat de baas hun naam doorgeeft. Geef nooit bereik aan een partner; in een project op het werk mag het wel.',
      en: 'Your staff do not want the boss to pass on their names. Never give access to a partner; in a project at work it is allowed.',
    },
    rule: { kind: 'neverGave', resource: 'bereik' },
    points: 1,
    source: { seed: '001', passage: 'TOON LEF, ALS BIBLIOTHEEK ÉN ALS GEMEENTE' },
  },
  // GGD & zorg
  {
    id: 'i-ggd-medisch-geheim',
    role: 'ggd',
    title: { nl: 'Medisch geheim', en: 'Medical confidentiality' },
    text: {
      nl: 'Gezondheidsgegevens zijn geheim. Geef nooit cijfers aan een partner; in een project mag het wel.',
      en: 'Health data is confidential. Never give figures to a partner; in a project it is allowed.',
    },
    rule: { kind: 'neverGave', resource: 'cijfers' },
    points: 1,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-ggd-gezondheid',
    role: 'ggd',
    title: { nl: 'Gezonder door taal', en: 'Healthier through language' },
    text: {
      nl: 'Wie slecht leest, begrijpt de bijsluiter niet. Aan het eind zijn minstens 2 inwoners uit gezondheid nog in beeld.',
      en: 'Whoever reads poorly does not understand the leaflet. At the end, at least 2 residents from health are still on board.',
    },
    rule: { kind: 'personas', count: 2, domain: 'gezondheid' },
    points: 2,
    source: { seed: '003', passage: 'Laaggeletterden hebben vaker dan gemiddeld te maken met gezondheidsproblemen' },
  },
  {
    id: 'i-ggd-bibliotheek',
    role: 'ggd',
    title: { nl: 'De Bibliotheek schrijft mee', en: 'The library writes along' },
    text: {
      nl: 'Jullie folders zijn te moeilijk. Maak een project af samen met de Bibliotheek.',
      en: 'Your leaflets are too difficult. Complete a project together with the library.',
    },
    rule: { kind: 'projectWith', role: 'bibliotheek' },
    points: 1,
    source: { seed: '002', passage: 'Voorbeelden van collega\'s: SamenWel!' },
  },
  {
    id: 'i-ggd-monitor',
    role: 'ggd',
    title: { nl: 'Onze cijfers gebruiken', en: 'Use our figures' },
    text: {
      nl: 'De gezondheidsmonitor moet ergens toe leiden. Zet je cijfers in bij minstens 2 verschillende projecten.',
      en: 'The health monitor must lead somewhere. Put your figures into at least 2 different projects.',
    },
    rule: { kind: 'spread', resource: 'cijfers', projects: 2 },
    points: 2,
    source: { seed: '000', passage: 'Gemeentelijke cijfers' },
  },
  // Schuldhulpverlening
  {
    id: 'i-schuldhulp-schulden',
    role: 'schuldhulp',
    title: { nl: 'Taal en schulden samen', en: 'Language and debt together' },
    text: {
      nl: 'De helft van de mensen met schulden is laaggeletterd. Doe mee aan minstens 2 projecten over schulden.',
      en: 'Half of the people in debt have low literacy. Take part in at least 2 projects on debt.',
    },
    rule: { kind: 'projects', count: 2, domain: 'schulden' },
    points: 2,
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'i-schuldhulp-dossiers',
    role: 'schuldhulp',
    title: { nl: 'Dossiers blijven dicht', en: 'Files stay closed' },
    text: {
      nl: 'Schulden zijn privé. Geef nooit cijfers aan een partner; in een project mag het wel.',
      en: 'Debts are private. Never give figures to a partner; in a project it is allowed.',
    },
    rule: { kind: 'neverGave', resource: 'cijfers' },
    points: 1,
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'i-schuldhulp-maatjes',
    role: 'schuldhulp',
    title: { nl: 'Maatjes gezocht', en: 'Buddies wanted' },
    text: {
      nl: 'Je hebt te weinig handen voor alle mensen met schulden. Krijg minstens 2 vrijwilligers van partners.',
      en: 'You have too few hands for everyone in debt. Receive at least 2 volunteers from partners.',
    },
    rule: { kind: 'received', resource: 'vrijwilligers', min: 2 },
    points: 2,
    source: { seed: '001', passage: 'SCHRIJF SAMEN HET PLAN' },
  },
  {
    id: 'i-schuldhulp-in-beeld',
    role: 'schuldhulp',
    title: { nl: 'Niet opnieuw in de schulden', en: 'Not back into debt' },
    text: {
      nl: 'Wie afhaakt, komt vaak opnieuw in de schulden. Aan het eind zijn minstens 2 inwoners uit schulden nog in beeld.',
      en: 'Whoever drops out often gets into debt again. At the end, at least 2 residents from debt are still on board.',
    },
    rule: { kind: 'personas', count: 2, domain: 'schulden' },
    points: 2,
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  // Taalambassadeur
  {
    id: 'i-taalambassadeur-mensen-zoals-ik',
    role: 'taalambassadeur',
    title: { nl: 'Mensen zoals ik', en: 'People like me' },
    text: {
      nl: 'Je wilt dat mensen zoals jij ook de stap zetten. Aan het eind zijn minstens 5 inwoners nog in beeld.',
      en: 'You want people like you to take the step too. At the end, at least 5 residents are still on board.',
    },
    rule: { kind: 'personas', count: 5 },
    points: 3,
    source: { seed: '001', passage: 'MAAR GEEF ZE OOK EEN GEZICHT' },
  },
  {
    id: 'i-taalambassadeur-verhaal',
    role: 'taalambassadeur',
    title: { nl: 'Mijn verhaal, overal', en: 'My story, everywhere' },
    text: {
      nl: 'Overal waar een taalambassadeur komt, heeft het effect. Zet je draagvlak in bij minstens 2 verschillende projecten.',
      en: 'Wherever a language ambassador goes, it has an effect. Put your backing into at least 2 different projects.',
    },
    rule: { kind: 'spread', resource: 'draagvlak', projects: 2 },
    points: 2,
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
  {
    id: 'i-taalambassadeur-wethouder',
    role: 'taalambassadeur',
    title: { nl: 'Aan tafel bij de wethouder', en: "At the alderman's table" },
    text: {
      nl: 'Je wilt niet alleen een mooi verhaal zijn, maar meebeslissen. Maak een project af samen met de gemeente.',
      en: 'You do not want to be just a nice story; you want a say. Complete a project together with the municipality.',
    },
    rule: { kind: 'projectWith', role: 'gemeente' },
    points: 1,
    source: { seed: '001', passage: 'NEEM OOK DE POLITIEK MEE' },
  },
  {
    id: 'i-taalambassadeur-eigen-kring',
    role: 'taalambassadeur',
    title: { nl: 'Mijn eigen kring', en: 'My own circle' },
    text: {
      nl: 'Je kent mensen die niemand anders bereikt, en die vertrouwen jou. Houd aan het eind minstens 1 bereik zelf.',
      en: 'You know people nobody else reaches, and they trust you. Keep at least 1 access yourself at the end.',
    },
    rule: { kind: 'keep', resource: 'bereik', min: 1 },
    points: 1,
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
];
