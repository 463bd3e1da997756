import type { ResourceCard } from '../schema';

// The seven kinds of means (middelen) partners bring to the table. Seed 001 "Weet waar je aan
// begint" names the scarce ones: budget, sharing data, and organisations' own priorities.
export const RESOURCES_DATA: ResourceCard[] = [
  {
    id: 'budget',
    name: { nl: 'Budget', en: 'Budget' },
    description: {
      nl: 'Geld om iets te starten of vol te houden. Vaak klein, en vaak met regels voor waar het heen mag.',
      en: 'Money to start something or keep it going. Often small, and often with rules about where it may go.',
    },
  },
  {
    id: 'vrijwilligers',
    name: { nl: 'Vrijwilligers', en: 'Volunteers' },
    description: {
      nl: 'Mensen die hun tijd geven: als taalmaatje, bij een spreekuur of in gesprek met werkgevers.',
      en: 'People who give their time: as a language buddy, at a help desk or in talks with employers.',
    },
  },
  {
    id: 'locatie',
    name: { nl: 'Locatie', en: 'Location' },
    description: {
      nl: 'Een plek waar mensen makkelijk binnenlopen, zoals een Bibliotheek of een leslokaal.',
      en: 'A place where people easily walk in, such as a library branch or a classroom.',
    },
  },
  {
    id: 'expertise',
    name: { nl: 'Expertise', en: 'Expertise' },
    description: {
      nl: 'Kennis en kunde: lesgeven, laaggeletterdheid herkennen, schulden regelen, zorg bieden.',
      en: 'Knowledge and skill: teaching, recognising low literacy, sorting out debts, giving care.',
    },
  },
  {
    id: 'bereik',
    name: { nl: 'Bereik', en: 'Access' },
    description: {
      nl: 'Contact met de doelgroep: een vindplaats waar je laaggeletterden echt tegenkomt.',
      en: 'Contact with the target group: a place where you actually meet people with low literacy.',
    },
  },
  {
    id: 'draagvlak',
    name: { nl: 'Draagvlak', en: 'Backing' },
    description: {
      nl: 'Steun van de politiek en de top van een organisatie: een mandaat om door te pakken.',
      en: 'Backing from politics and from the top of an organisation: a mandate to get things done.',
    },
  },
  {
    id: 'cijfers',
    name: { nl: 'Cijfers', en: 'Figures' },
    description: {
      nl: 'Lokale gegevens: hoeveel mensen het gaat, in welke wijken, met welke problemen.',
      en: 'Local data: how many people it concerns, in which neighbourhoods, with which problems.',
    },
  },
];
