import type { RoleCard } from '../schema';

// The partners. Hands follow the seeds: the gemeente has budget and mandate but little reach,
// welzijn has reach but no budget, the library has a low-threshold place and volunteers.
// Income is what an organisation really renews every year (budget, new volunteers, new clients).
export const ROLES_DATA: RoleCard[] = [
  {
    id: 'bibliotheek',
    name: { nl: 'Bibliotheek (Taalhuis)', en: 'Library (Language House)' },
    mission: {
      nl: 'Een open plek waar iedereen kan werken aan taal, rekenen en digitale vaardigheden.',
      en: 'An open place where everyone can work on reading, numeracy and digital skills.',
    },
    hand: { locatie: 2, vrijwilligers: 1, expertise: 1, budget: 1 },
    income: { locatie: 1, vrijwilligers: 1, expertise: 1 },
    source: { seed: '001', passage: 'DE BIBLIOTHEEK IS MEER DAN BOEKEN' },
  },
  {
    id: 'gemeente',
    name: { nl: 'Gemeente (beleid & wethouder)', en: 'Municipality (policy & alderman)' },
    mission: {
      nl: 'Zorgen dat alle inwoners mee kunnen doen, met beleid, geld en een wethouder die het wil.',
      en: 'Make sure every resident can take part, with policy, money and an alderman who wants it.',
    },
    hand: { budget: 2, draagvlak: 2, cijfers: 1 },
    income: { budget: 1, draagvlak: 2, cijfers: 1 },
    source: { seed: '000', passage: 'De gemeente is je belangrijkste samenwerkingspartner' },
  },
  {
    id: 'uwv',
    name: { nl: 'UWV', en: 'UWV (employment agency)' },
    mission: {
      nl: 'Werkzoekenden helpen aan werk. Onze adviseurs zien als eerste wie moeite heeft met lezen.',
      en: 'Help jobseekers find work. Our advisers are often the first to see who struggles to read.',
    },
    hand: { bereik: 2, cijfers: 2, expertise: 1, budget: 1 },
    income: { bereik: 1, expertise: 1, budget: 1 },
    source: { seed: '004', passage: 'Samenwerken met doorverwijzers: UWV, roc, buurthuis' },
  },
  {
    id: 'roc',
    name: { nl: 'ROC / volwasseneneducatie', en: 'College / adult education' },
    mission: {
      nl: 'Goede lessen geven aan volwassenen, en vrijwilligers en professionals trainen.',
      en: 'Give good lessons to adults, and train volunteers and professionals.',
    },
    // Its own students are a small reach of its own (without it, a table of three with the
    // Bibliotheek and the gemeente had no reach at all and won 1 game in 13).
    hand: { expertise: 2, locatie: 1, budget: 1, bereik: 1 },
    income: { expertise: 1, locatie: 1, budget: 1 },
    source: { seed: '002', passage: 'als trainer' },
  },
  {
    id: 'welzijn',
    name: { nl: 'Welzijn & maatschappelijk werk', en: 'Welfare & social work' },
    mission: {
      nl: 'Dichtbij mensen in de wijk staan en ze helpen met wat er op hun pad komt.',
      en: 'Stay close to people in the neighbourhood and help them with whatever comes their way.',
    },
    hand: { bereik: 2, vrijwilligers: 1, expertise: 1 },
    income: { bereik: 1, vrijwilligers: 1, locatie: 1 },
    source: { seed: '002', passage: 'als vindplaats en doorverwijzer' },
  },
  {
    id: 'vrijwilligers',
    name: { nl: 'Vrijwilligersorganisatie', en: 'Volunteer organisation' },
    mission: {
      nl: 'Vrijwilligers vinden, trainen en inzetten, zoals SeniorWeb en Humanitas doen.',
      en: 'Find, train and deploy volunteers, as SeniorWeb and Humanitas do.',
    },
    hand: { vrijwilligers: 3, expertise: 1, bereik: 1 },
    income: { vrijwilligers: 2, expertise: 1 },
    source: { seed: '004', passage: 'Samenwerken met vrijwilligersorganisaties' },
  },
  {
    id: 'werkgever',
    name: { nl: 'Werkgever / SW-bedrijf', en: 'Employer / sheltered workplace' },
    mission: {
      nl: 'Goed werk leveren met gezonde, veilige en inzetbare medewerkers.',
      en: 'Deliver good work with healthy, safe and employable staff.',
    },
    hand: { budget: 2, bereik: 2, locatie: 1 },
    income: { budget: 1, bereik: 1, expertise: 1 },
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  {
    id: 'ggd',
    name: { nl: 'GGD & zorg', en: 'Public health & care' },
    mission: {
      nl: 'De gezondheid van inwoners beschermen, van consultatiebureau tot ziekenhuis.',
      en: "Protect residents' health, from the baby clinic to the hospital.",
    },
    hand: { bereik: 2, expertise: 1, cijfers: 2 },
    income: { cijfers: 1, bereik: 1, expertise: 1 },
    source: { seed: '002', passage: 'Voorbeelden van collega\'s: SamenWel!' },
  },
  {
    id: 'schuldhulp',
    name: { nl: 'Schuldhulpverlening', en: 'Debt counselling' },
    mission: {
      nl: 'Mensen uit de schulden helpen, en zorgen dat ze er niet opnieuw in komen.',
      en: 'Help people get out of debt, and make sure they do not get into it again.',
    },
    hand: { bereik: 2, expertise: 2, cijfers: 2 },
    income: { bereik: 1, expertise: 1, vrijwilligers: 1 },
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'taalambassadeur',
    name: { nl: 'Taalambassadeur', en: 'Language ambassador' },
    mission: {
      nl: 'Ik was zelf laaggeletterd. Ik vertel mijn verhaal, zodat anderen de stap ook durven.',
      en: 'I used to have low literacy myself. I tell my story so that others dare to take the step too.',
    },
    hand: { bereik: 2, draagvlak: 1, vrijwilligers: 1 },
    income: { bereik: 1, vrijwilligers: 1 },
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
];
