import type { LessonPractice } from '../practices';

// For every lesson, the practice in the seeds it comes from: the place, the project card when the
// game has one, and what they did there, in our own plain words. The debrief links each lesson to it.
export const PRACTICES_DATA: LessonPractice[] = [
  {
    id: 'pr-weet-waar-je-aan-begint',
    lesson: 'l-weet-waar-je-aan-begint',
    place: 'Emmen',
    project: null,
    what: {
      nl: 'De Bibliotheek Emmen zegt: je hebt een lange adem nodig. Ze liep aan tegen partners die hun eigen belang voorop zetten, tegen privacyregels en een klein budget. Creatief samenwerken hielp.',
      en: 'The library in Emmen says: you need stamina. It ran into partners who put their own interest first, privacy rules and a small budget. Working together creatively helped.',
    },
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'pr-meer-dan-boeken',
    lesson: 'l-meer-dan-boeken',
    place: 'Dalfsen',
    project: 'p-infopunten',
    what: {
      nl: 'De Bibliotheek opent met welzijnsorganisaties infopunten in 3 van de 5 vestigingen. Mensen lopen daar makkelijker binnen dan bij de gemeente.',
      en: 'The library opens information points with welfare organisations in 3 of its 5 branches. People walk in there more easily than at the town hall.',
    },
    source: { seed: '001', passage: 'DE BIBLIOTHEEK IS MEER DAN BOEKEN' },
  },
  {
    id: 'pr-innovatiebudget',
    lesson: 'l-innovatiebudget',
    place: 'Kennemerwaard (Alkmaar)',
    project: 'p-proeftuin',
    what: {
      nl: 'De Bibliotheek zet nu ongeveer de helft van haar mensen in op activiteiten die de samenleving helpen. Gemeente en Bibliotheek hebben geld om nieuwe ideeën te proberen. Werkt iets, dan zoeken ze samen vast geld.',
      en: 'The library now puts about half of its staff on activities that help society. Municipality and library have money to try new ideas. When something works, they look for lasting funding together.',
    },
    source: { seed: '001', passage: 'EXPERIMENTEER SAMEN UIT INNOVATIEBUDGET' },
  },
  {
    id: 'pr-taal-en-meedoen',
    lesson: 'l-taal-en-meedoen',
    place: 'Heerlen',
    project: null,
    what: {
      nl: 'De gemeente ziet dat het Taalhuis ook helpt bij zorg, werk en schulden. Daarom zoekt ze geld uit meer potjes dan alleen cultuur.',
      en: 'The municipality sees that the Language House also helps with care, work and debt. So it looks for money from more budgets than culture alone.',
    },
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'pr-wegwijzer',
    lesson: 'l-wegwijzer',
    place: 'Heerlen',
    project: 'p-taalambtenaar',
    what: {
      nl: 'Een taalambtenaar legt lijntjes naar zijn collega\'s in het sociaal domein. Hij loopt echt alle afdelingen af.',
      en: 'A literacy officer connects with his colleagues in the social domain. He really goes round every department.',
    },
    source: { seed: '001', passage: 'CREËER EEN WEGWIJZER BIJ DE GEMEENTE' },
  },
  {
    id: 'pr-schrijf-samen-het-plan',
    lesson: 'l-schrijf-samen-het-plan',
    place: 'Heerlen',
    project: 'p-schuldhulpmaatjes',
    what: {
      nl: 'Gemeente en Bibliotheek stemmen hun beleid steeds samen af. Ook de schuldhulp doet mee: al 1,5 jaar zijn er schuldhulpmaatjes in de Bibliotheek.',
      en: 'Municipality and library keep aligning their policies. Debt counselling takes part too: for 1.5 years there have been debt buddies in the library.',
    },
    source: { seed: '001', passage: 'SCHRIJF SAMEN HET PLAN' },
  },
  {
    id: 'pr-voer-samen-uit',
    lesson: 'l-voer-samen-uit',
    place: 'Dalfsen',
    project: 'p-werkgroep-ambtenaren',
    what: {
      nl: 'De Bibliotheek geeft ambtenaren van allerlei afdelingen een rol in stuur- en werkgroepen. De directeur nodigt alle beleidsmedewerkers uit voor een lunch.',
      en: 'The library gives civil servants from many departments a role in steering and working groups. The director invites all policy officers to lunch.',
    },
    source: { seed: '001', passage: 'EN VOER OOK SAMEN HET PLAN UIT' },
  },
  {
    id: 'pr-probleem-in-cijfers',
    lesson: 'l-probleem-in-cijfers',
    place: 'Heerlen',
    project: null,
    what: {
      nl: 'In Heerlen is 16% van de inwoners laaggeletterd, tegen 11% in heel Nederland. Dat cijfer maakte de gemeente wakker. Cijfers lieten ook zien om welke wijken het gaat.',
      en: 'In Heerlen 16% of residents have low literacy, against 11% nationally. That figure woke the municipality up. Figures also showed which neighbourhoods it is about.',
    },
    source: { seed: '001', passage: 'SCHETS HET PROBLEEM IN CIJFERS' },
  },
  {
    id: 'pr-geef-een-gezicht',
    lesson: 'l-geef-een-gezicht',
    place: 'Dalfsen',
    project: 'p-taalmeter-sw',
    what: {
      nl: 'Bij de sociale werkvoorziening deden 39 mensen de Taalmeter. 27 van hen bleken laaggeletterd. Dat opende de ogen van de gemeente.',
      en: 'At the sheltered workplace 39 people took the Taalmeter test. 27 of them turned out to have low literacy. That opened the municipality\'s eyes.',
    },
    source: { seed: '001', passage: 'MAAR GEEF ZE OOK EEN GEZICHT' },
  },
  {
    id: 'pr-toon-lef',
    lesson: 'l-toon-lef',
    place: 'Eindhoven',
    project: null,
    what: {
      nl: 'Eindhoven zag dat veel laaggeletterden werk hebben. De wethouder kan bedrijven bij elkaar brengen en hen laten beloven mee te doen.',
      en: 'Eindhoven found that many people with low literacy have a job. The alderman can bring companies together and get them to commit.',
    },
    source: { seed: '001', passage: 'TOON LEF, ALS BIBLIOTHEEK ÉN ALS GEMEENTE' },
  },
  {
    id: 'pr-financiering',
    lesson: 'l-financiering',
    place: 'Eindhoven',
    project: 'p-social-impact-bond',
    what: {
      nl: 'Het plan: bedrijven betalen eerst voor taalles. Halen mensen daarna hun doelen op werk, dan betaalt de gemeente mee.',
      en: 'The plan: companies pay for language lessons first. If people then reach their goals at work, the municipality pays its share.',
    },
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  {
    id: 'pr-bouw-netwerk',
    lesson: 'l-bouw-netwerk',
    place: 'Parkstad (Heerlen)',
    project: 'p-bondgenootschap-parkstad',
    what: {
      nl: 'Een bondgenootschap begon in 2012 met 22 organisaties; in 2018 waren het er 36. De managers nemen hun eigen organisatie mee.',
      en: 'An alliance started in 2012 with 22 organisations; by 2018 there were 36. The managers bring their own organisations along.',
    },
    source: { seed: '001', passage: 'BOUW AAN EEN NETWERK' },
  },
  {
    id: 'pr-energieke-partners',
    lesson: 'l-energieke-partners',
    place: 'Emmen',
    project: null,
    what: {
      nl: 'De gemeente begon met heel veel partijen aan tafel. Dat kwam niet van de grond. Daarna gingen ze verder met een kleine kerngroep.',
      en: 'The municipality started with very many parties at the table. It did not get off the ground. Then they went on with a small core group.',
    },
    source: { seed: '001', passage: 'EN KIES VOORAL ENERGIEKE PARTNERS' },
  },
  {
    id: 'pr-politiek',
    lesson: 'l-politiek',
    place: 'Emmen',
    project: null,
    what: {
      nl: 'De Bibliotheek maakte een plan voor vier jaar en praatte veel met de politiek. Nu staat laaggeletterdheid in het programma van elke partij.',
      en: 'The library made a four-year plan and talked a lot with politicians. Now low literacy is in the programme of every party.',
    },
    source: { seed: '001', passage: 'NEEM OOK DE POLITIEK MEE' },
  },
  {
    id: 'pr-hou-vast',
    lesson: 'l-hou-vast',
    place: 'Kennemerwaard (Alkmaar)',
    project: null,
    what: {
      nl: 'Een vrijwilliger hield contact met iedereen die werd aangemeld, zodat niemand uit beeld raakte. De gemeente wil een seintje als iemand toch uit beeld raakt.',
      en: 'A volunteer kept in touch with everyone who signed up, so nobody got lost. The municipality wants to hear when someone does get lost.',
    },
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'pr-geen-panklare-oplossingen',
    lesson: 'l-geen-panklare-oplossingen',
    place: 'Kennemerwaard',
    project: 'p-lezen-in-de-keuken',
    what: {
      nl: 'Op scholen bleek dat ouders iets wilden leren. Zo ontstond Lezen in de keuken. Daarna begon de groep zelf een leeskring.',
      en: 'At schools it turned out that parents wanted to learn. That is how Reading in the kitchen began. Then the group started a reading circle itself.',
    },
    source: { seed: '001', passage: 'VERWACHT GEEN PANKLARE OPLOSSINGEN' },
  },
  {
    id: 'pr-vrijwilligers',
    lesson: 'l-vrijwilligers',
    place: 'Emmen',
    project: null,
    what: {
      nl: 'Veel vrijwilligers gingen weg: ze werkten alleen 1 op 1. Nu krijgen ze meer uitleg, is er een klankbordgroep en denken ze mee.',
      en: 'Many volunteers left: they only worked one to one. Now they are better informed, there is a sounding board and they help think.',
    },
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  {
    id: 'pr-houd-stug-vol',
    lesson: 'l-houd-stug-vol',
    place: 'Kennemerwaard',
    project: null,
    what: {
      nl: 'De directeur: steeds weer je verhaal vertellen. Eén of twee enthousiaste mensen in een organisatie zijn genoeg om verder te bouwen.',
      en: 'The director: tell your story again and again. One or two keen people in an organisation are enough to build on.',
    },
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
  {
    id: 'pr-vertrouwen',
    lesson: 'l-vertrouwen',
    place: 'Kennemerwaard',
    project: null,
    what: {
      nl: 'Vertrouwen tussen de partners is belangrijk. Praat open met elkaar, ook als je iemand de waarheid moet zeggen. Taalambassadeurs vertellen zelf hun verhaal.',
      en: 'Trust between the partners matters. Talk openly, even when you have to tell someone a hard truth. Language ambassadors tell their own story.',
    },
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
  {
    id: 'pr-eigen-dienstverlening',
    lesson: 'l-eigen-dienstverlening',
    place: 'Dalfsen',
    project: 'p-filmavond',
    what: {
      nl: '50 ambtenaren keken samen een film over iemand die vastloopt bij instanties. Daarna praatten ze over hoe hun gemeente haar diensten makkelijker kan maken.',
      en: '50 civil servants watched a film together about someone who gets stuck with the authorities. Then they talked about how their municipality can make its services easier.',
    },
    source: { seed: '001', passage: 'VERGEET JE EIGEN DIENSTVERLENING NIET' },
  },
];
