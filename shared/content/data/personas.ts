import type { PersonaCard } from '../schema';

// Residents the projects reach: mostly Dutch-born adults who hide that they read poorly
// (seed 001 "Weet waar je aan begint": 'goed gebekt'). Four per domain.
export const PERSONAS_DATA: PersonaCard[] = [
  // Werk
  {
    id: 'pe-kees', name: 'Kees', age: 52, domain: 'werk',
    portrait: {
      nl: 'Kees werkt al twintig jaar bij de sociale werkvoorziening. Hij mist soms een afspraak, omdat hij de brief niet kon lezen.',
      en: 'Kees has worked at the sheltered workplace for twenty years. He sometimes misses an appointment because he could not read the letter.',
    },
    source: { seed: '001', passage: 'MAAR GEEF ZE OOK EEN GEZICHT' },
  },
  {
    id: 'pe-sandra', name: 'Sandra', age: 38, domain: 'werk',
    portrait: {
      nl: 'Sandra zoekt werk via het UWV. Als ze een formulier moet invullen, zegt ze dat ze haar bril vergeten is.',
      en: 'Sandra is looking for work through UWV. When she has to fill in a form, she says she forgot her glasses.',
    },
    source: { seed: '004', passage: 'UWV-medewerkers zijn vaak degenen die constateren' },
  },
  {
    id: 'pe-ricardo', name: 'Ricardo', age: 29, domain: 'werk',
    portrait: {
      nl: 'Ricardo is heftruckchauffeur en doet zijn werk goed. Voor het veiligheidsexamen is hij al twee keer gezakt.',
      en: 'Ricardo is a forklift driver and does his job well. He has failed the written safety exam twice.',
    },
    source: { seed: '001', passage: 'TOON LEF, ALS BIBLIOTHEEK ÉN ALS GEMEENTE' },
  },
  {
    id: 'pe-yvonne', name: 'Yvonne', age: 45, domain: 'werk',
    portrait: {
      nl: 'Yvonne werkt in de keuken van een verzorgingshuis. Haar rooster staat nu alleen nog in een app, en die kan ze niet goed lezen.',
      en: 'Yvonne works in the kitchen of a care home. Her schedule is now only in an app, and she cannot read it well.',
    },
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  // Gezondheid
  {
    id: 'pe-linda', name: 'Linda', age: 27, domain: 'gezondheid',
    portrait: {
      nl: 'Linda komt met haar baby op het consultatiebureau. De folders neemt ze mee, maar ze leest ze nooit.',
      en: 'Linda brings her baby to the baby clinic. She takes the leaflets home, but never reads them.',
    },
    source: { seed: '002', passage: 'als vindplaats en doorverwijzer: consultatiebureaus' },
  },
  {
    id: 'pe-henk', name: 'Henk', age: 61, domain: 'gezondheid',
    portrait: {
      nl: 'Henk heeft suikerziekte. Hij begrijpt de bijsluiter niet en neemt zijn pillen daarom soms verkeerd in.',
      en: 'Henk has diabetes. He does not understand the leaflet, so he sometimes takes his pills the wrong way.',
    },
    source: { seed: '003', passage: 'Laaggeletterden hebben vaker dan gemiddeld te maken met gezondheidsproblemen' },
  },
  {
    id: 'pe-marian', name: 'Marian', age: 47, domain: 'gezondheid',
    portrait: {
      nl: 'Marian is schoonmaakster. De uitnodiging voor het bevolkingsonderzoek ligt al maanden ongeopend in de la.',
      en: 'Marian is a cleaner. The invitation for a health screening has been lying unopened in a drawer for months.',
    },
    source: { seed: '002', passage: 'Voorbeelden van collega\'s: SamenWel!' },
  },
  {
    id: 'pe-theo', name: 'Theo', age: 69, domain: 'gezondheid',
    portrait: {
      nl: 'Theo kwam uit het ziekenhuis met een papier vol leefregels. Hij begreep het niet, en een week later lag hij er weer.',
      en: 'Theo left hospital with a sheet full of instructions. He did not understand it, and a week later he was back in.',
    },
    source: { seed: '002', passage: 'Voorbeelden van collega\'s: SamenWel!' },
  },
  // Schulden
  {
    id: 'pe-peter', name: 'Peter', age: 44, domain: 'schulden',
    portrait: {
      nl: 'Peter heeft schulden. Brieven van schuldeisers gooit hij ongeopend in een doos, want lezen lukt hem niet goed. Hij is niet de enige: 50% van de mensen met schulden is laaggeletterd.',
      en: 'Peter is in debt. He throws letters from creditors unopened into a box, because he cannot read well. He is not the only one: 50% of people in debt have low literacy.',
    },
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'pe-esther', name: 'Esther', age: 35, domain: 'schulden',
    portrait: {
      nl: 'Esther is alleenstaande moeder met weinig geld. Ze vraagt de minimaregeling niet aan, omdat het formulier te moeilijk is.',
      en: 'Esther is a single mother with little money. She does not apply for low-income support because the form is too hard.',
    },
    source: { seed: '001', passage: 'VERGEET JE EIGEN DIENSTVERLENING NIET' },
  },
  {
    id: 'pe-gerrit', name: 'Gerrit', age: 58, domain: 'schulden',
    portrait: {
      nl: 'Gerrit vulde zijn belastingaangifte gokkend in. Nu moet hij duizenden euro\'s toeslag terugbetalen.',
      en: 'Gerrit filled in his tax return by guessing. Now he has to pay back thousands of euros in benefits.',
    },
    source: { seed: '002', passage: 'Bibliotheek Hoeksche Waard: belastingaangifte' },
  },
  {
    id: 'pe-rob', name: 'Rob', age: 33, domain: 'schulden',
    portrait: {
      nl: 'Rob koopt veel online en betaalt achteraf. Hij kan niet goed rekenen, en de aanmaningen stapelen zich op.',
      en: 'Rob buys a lot online and pays later. He is not good with numbers, and the reminders are piling up.',
    },
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  // Digitaal
  {
    id: 'pe-riet', name: 'Riet', age: 74, domain: 'digitaal',
    portrait: {
      nl: 'Riet is weduwe. Haar man deed altijd de papieren, en nu kan ze niet inloggen met DigiD.',
      en: 'Riet is a widow. Her husband always did the paperwork, and now she cannot log in with DigiD.',
    },
    source: { seed: '004', passage: 'SeniorWeb leercentrum' },
  },
  {
    id: 'pe-jan', name: 'Jan', age: 66, domain: 'digitaal',
    portrait: {
      nl: 'Jan was metselaar. Het bankkantoor in zijn dorp is dicht, en internetbankieren vindt hij eng.',
      en: 'Jan used to be a bricklayer. The bank branch in his village has closed, and he finds online banking scary.',
    },
    source: { seed: '004', passage: 'Samenwerken met vrijwilligersorganisaties' },
  },
  {
    id: 'pe-dennis', name: 'Dennis', age: 41, domain: 'digitaal',
    portrait: {
      nl: 'Dennis stuurt alleen spraakberichten met zijn telefoon. Huurtoeslag online aanvragen lukt hem niet.',
      en: 'Dennis only sends voice messages on his phone. He cannot apply for housing benefit online.',
    },
    source: { seed: '004', passage: 'landelijke programma\'s zoals Digisterker' },
  },
  {
    id: 'pe-harry', name: 'Harry', age: 70, domain: 'digitaal',
    portrait: {
      nl: 'Harry moet zijn pensioenzaken online regelen. Hij raakt de computer niet aan, uit angst dat hij iets fout doet.',
      en: 'Harry has to arrange his pension matters online. He will not touch the computer, for fear of doing something wrong.',
    },
    source: { seed: '004', passage: 'landelijke programma\'s zoals Digisterker' },
  },
  // Participatie
  {
    id: 'pe-wim', name: 'Wim', age: 56, domain: 'participatie',
    portrait: {
      nl: 'Wim is goed gebekt en iedereen in de voetbalclub kent hem. Bestuurslid worden wil hij niet: dan moet hij notulen lezen.',
      en: 'Wim is a good talker and everyone at the football club knows him. He will not join the board: then he would have to read minutes.',
    },
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'pe-ans', name: 'Ans', age: 63, domain: 'participatie',
    portrait: {
      nl: 'Ans is sinds kort alleen en voelt zich eenzaam. Naar het buurthuis gaat ze niet, want daar moet je je eerst inschrijven.',
      en: 'Ans has recently been left on her own and feels lonely. She does not go to the community centre, because you have to sign up first.',
    },
    source: { seed: '001', passage: 'SCHRIJF SAMEN HET PLAN' },
  },
  {
    id: 'pe-marco', name: 'Marco', age: 48, domain: 'participatie',
    portrait: {
      nl: 'Marco woont in een wijk waar veel mensen slecht lezen. Hij vertrouwt instanties niet en zegt dat hij niets nodig heeft.',
      en: 'Marco lives in a neighbourhood where many people read poorly. He does not trust agencies and says he needs nothing.',
    },
    source: { seed: '001', passage: 'SCHETS HET PROBLEEM IN CIJFERS' },
  },
  {
    id: 'pe-erik', name: 'Erik', age: 54, domain: 'participatie',
    portrait: {
      nl: 'Erik stemt nooit. Hij zegt dat politiek hem niet boeit, maar eigenlijk snapt hij de stempas en de lijst niet.',
      en: 'Erik never votes. He says politics does not interest him, but really he does not understand the voting card and the list.',
    },
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  // Onderwijs
  {
    id: 'pe-naomi', name: 'Naomi', age: 31, domain: 'onderwijs',
    portrait: {
      nl: 'Naomi wil haar kinderen voorlezen, maar durft het niet. Briefjes van school laat ze door haar oudste lezen.',
      en: 'Naomi wants to read to her children, but does not dare. She has her eldest read the notes from school.',
    },
    source: { seed: '001', passage: 'VERWACHT GEEN PANKLARE OPLOSSINGEN' },
  },
  {
    id: 'pe-bart', name: 'Bart', age: 19, domain: 'onderwijs',
    portrait: {
      nl: 'Bart ging van school zonder diploma. Op het ROC haakte hij af, omdat hij de lesstof niet kon bijhouden.',
      en: 'Bart left school without a diploma. He dropped out of college because he could not keep up with the reading.',
    },
    source: { seed: '004', passage: 'Samenwerken met scholen voor volwasseneneducatie' },
  },
  {
    id: 'pe-ingrid', name: 'Ingrid', age: 50, domain: 'onderwijs',
    portrait: {
      nl: 'Ingrid wil haar kleinkinderen helpen met huiswerk. Ze schaamt zich dat ze de sommen zelf niet snapt.',
      en: 'Ingrid wants to help her grandchildren with homework. She is ashamed that she does not understand the sums herself.',
    },
    source: { seed: '003', passage: 'Mensen zijn gelukkiger en kunnen hun kinderen betere kansen bieden' },
  },
  {
    id: 'pe-kim', name: 'Kim', age: 24, domain: 'onderwijs',
    portrait: {
      nl: 'Kim wil helpende in de zorg worden. Bij de intake op het ROC zakte ze voor de taaltoets.',
      en: 'Kim wants to become a care assistant. At the college intake she failed the language test.',
    },
    source: { seed: '002', passage: 'als trainer' },
  },
];
