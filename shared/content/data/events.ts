import type { EventCard } from '../schema';

// One event per round. Eleven help the network, nine get in its way; each comes from a seed passage.
export const EVENTS_DATA: EventCard[] = [
  // Good news
  {
    id: 'e-coalitieakkoord',
    title: { nl: 'Taal in het coalitieakkoord', en: 'Literacy in the coalition agreement' },
    text: {
      nl: 'De nieuwe coalitie zet laaggeletterdheid in het akkoord. De gemeente krijgt extra draagvlak.',
      en: 'The new coalition puts low literacy in its agreement. The municipality gains extra backing.',
    },
    effects: [{ kind: 'gain', resource: 'draagvlak', amount: 2, roles: ['gemeente'] }],
    source: { seed: '001', passage: 'EN VOER OOK SAMEN HET PLAN UIT' },
  },
  {
    id: 'e-zestien-procent',
    title: { nl: '16% tegen 11%', en: '16% against 11%' },
    text: {
      nl: 'In Heerlen was 16% laaggeletterd, tegen 11% landelijk. Die cijfers maakten de gemeente bewust en klaar om in actie te komen.',
      en: 'In Heerlen 16% had low literacy, against 11% nationally. Those figures made the municipality aware and ready to act.',
    },
    effects: [
      { kind: 'gain', resource: 'cijfers', amount: 1, roles: ['gemeente', 'bibliotheek'] },
      { kind: 'gain', resource: 'draagvlak', amount: 1, roles: ['gemeente'] },
    ],
    source: { seed: '001', passage: 'SCHETS HET PROBLEEM IN CIJFERS' },
  },
  {
    id: 'e-taalambassadeur-vertelt',
    title: { nl: 'Een taalambassadeur vertelt', en: 'A language ambassador speaks' },
    text: {
      nl: 'Een taalambassadeur vertelt zijn eigen verhaal. Overal waar hij komt, heeft dat effect. Iemand die was afgehaakt, durft het opnieuw te proberen.',
      en: 'A language ambassador tells his own story. Wherever he goes, it has an effect. Someone who had dropped out dares to try again.',
    },
    effects: [
      { kind: 'comeback', count: 1 },
      { kind: 'gain', resource: 'draagvlak', amount: 1, roles: ['taalambassadeur'] },
    ],
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
  {
    id: 'e-taal-begint-lokaal',
    title: { nl: 'Taal begint Lokaal', en: 'Language starts Locally' },
    text: {
      nl: 'Honderd wethouders en burgemeesters zijn uitgenodigd om met ideeën te komen tegen laaggeletterdheid. Jullie wethouder doet mee.',
      en: 'A hundred aldermen and mayors are invited to come up with ideas against low literacy. Your alderman takes part.',
    },
    effects: [{ kind: 'gain', resource: 'draagvlak', amount: 1, roles: ['gemeente'] }],
    source: { seed: '000', passage: 'Taal begint Lokaal' },
  },
  {
    id: 'e-innovatiebudget',
    title: { nl: 'Innovatiebudget', en: 'Innovation budget' },
    text: {
      nl: 'Gemeente en Bibliotheek zetten geld apart om nieuwe ideeën uit te proberen.',
      en: 'The municipality and the library set money aside to try out new ideas.',
    },
    effects: [{ kind: 'gain', resource: 'budget', amount: 1, roles: ['gemeente', 'bibliotheek'] }],
    source: { seed: '001', passage: 'EXPERIMENTEER SAMEN UIT INNOVATIEBUDGET' },
  },
  {
    id: 'e-meerdere-potjes',
    title: { nl: 'Geld uit meerdere potjes', en: 'Money from several pots' },
    text: {
      nl: 'Taal helpt ook in het sociaal domein. Daarom betaalt de gemeente niet meer alleen uit het potje cultuur. Bibliotheek, welzijn en schuldhulp krijgen extra geld.',
      en: 'Language also helps in the social domain. So the municipality no longer pays only from the culture pot. The library, welfare and debt counselling get extra money.',
    },
    effects: [{ kind: 'gain', resource: 'budget', amount: 1, roles: ['bibliotheek', 'welzijn', 'schuldhulp'] }],
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'e-krapte-arbeidsmarkt',
    title: { nl: 'Tekort aan personeel', en: 'Labour shortage' },
    text: {
      nl: 'Het gaat goed met de economie en bedrijven zoeken mensen. Werk en inkomen wordt urgent.',
      en: 'The economy is doing well and companies need people. Work and income becomes urgent.',
    },
    effects: [{ kind: 'bonusReach', domain: 'werk', amount: 1 }],
    source: { seed: '001', passage: 'SCHRIJF SAMEN HET PLAN' },
  },
  {
    id: 'e-impactmonitor',
    title: { nl: 'De Impactmonitor', en: 'The Impact Monitor' },
    text: {
      nl: 'De Bibliotheek gaat de Impactmonitor gebruiken om op te sturen. Zo steunt ze het beleid van de gemeente.',
      en: "The library starts using the Impact Monitor as a steering tool. That way it supports the municipality's policy.",
    },
    effects: [{ kind: 'gain', resource: 'cijfers', amount: 1, roles: ['bibliotheek', 'gemeente'] }],
    source: { seed: '000', passage: 'Ga de Impactmonitor gebruiken als stuurinstrument' },
  },
  {
    id: 'e-vrijwilliger-houdt-contact',
    title: { nl: 'Een vrijwilliger houdt contact', en: 'A volunteer keeps in touch' },
    text: {
      nl: 'Een vrijwilliger heeft contact met iedereen die is aangemeld. Zo komt iemand die buiten beeld was, toch terug.',
      en: 'A volunteer keeps in touch with everyone who signed up. That way someone who had dropped out of sight comes back after all.',
    },
    effects: [{ kind: 'comeback', count: 1 }],
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'e-digistagiairs',
    title: { nl: 'Digistagiairs', en: 'Digital interns' },
    text: {
      nl: 'Studenten van het ROC lopen stage bij de Bibliotheek. Ze helpen deelnemers met de computer.',
      en: 'College students do an internship at the library. They help participants with the computer.',
    },
    effects: [
      { kind: 'gain', resource: 'vrijwilligers', amount: 1, roles: ['bibliotheek', 'roc'] },
      { kind: 'bonusReach', domain: 'digitaal', amount: 1 },
    ],
    source: { seed: '004', passage: 'Onderwijsinstellingen kunnen (digi)stagiairs leveren' },
  },
  // Setbacks
  {
    id: 'e-bezuinigingen',
    title: { nl: 'Bezuinigingen', en: 'Budget cuts' },
    text: {
      nl: 'De gemeente moet bezuinigen. Ook de subsidie voor de Bibliotheek wordt kleiner.',
      en: 'The municipality has to cut spending. The library grant gets smaller too.',
    },
    effects: [{ kind: 'lose', resource: 'budget', amount: 1, roles: ['gemeente', 'bibliotheek'] }],
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'e-privacyregels',
    title: { nl: 'Privacyregels', en: 'Privacy rules' },
    text: {
      nl: 'De jurist zegt: gegevens mogen niet zomaar naar een partner. Deze ronde kun je geen cijfers ruilen of geven.',
      en: 'The lawyer says: data may not simply go to a partner. This round you cannot trade or give figures.',
    },
    effects: [{ kind: 'freeze', resource: 'cijfers' }],
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'e-vrijwilligers-stoppen',
    title: { nl: 'Vrijwilligers stoppen', en: 'Volunteers quit' },
    text: {
      nl: 'Vrijwilligers zijn te veel 1-op-1 bezig. Het is los zand, en een aantal stopt ermee. Zonde van hun opleiding.',
      en: 'Volunteers work one-to-one too much. It is loose sand, and several of them quit. A waste of their training.',
    },
    effects: [{ kind: 'lose', resource: 'vrijwilligers', amount: 1, roles: ['bibliotheek', 'vrijwilligers', 'welzijn'] }],
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  {
    id: 'e-kwijt-na-doorverwijzing',
    title: { nl: 'Kwijt na doorverwijzing', en: 'Lost after referral' },
    text: {
      nl: 'Iemand werd doorverwezen naar het Taalhuis, maar kwam nooit aan. Niemand belde even na.',
      en: 'Someone was referred to the Language House but never arrived. Nobody followed up with a call.',
    },
    effects: [{ kind: 'dropout', count: 1 }],
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'e-nieuwe-baan',
    title: { nl: 'Nieuwe baan, geen les meer', en: 'New job, no more lessons' },
    text: {
      nl: 'Een deelnemer vindt werk. Zijn nieuwe baas laat hem de taalcursus niet afmaken.',
      en: 'A participant finds work. His new boss does not let him finish the language course.',
    },
    effects: [{ kind: 'dropout', count: 1 }],
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'e-potjes-met-voorwaarden',
    title: { nl: 'Geld met voorwaarden', en: 'Money with strings attached' },
    text: {
      nl: 'Het geld voor taal mag alleen naar bepaalde groepen. Deze ronde kun je geen budget ruilen of geven.',
      en: 'The money for language may only go to certain groups. This round you cannot trade or give budget.',
    },
    effects: [{ kind: 'freeze', resource: 'budget' }],
    source: { seed: '001', passage: 'NEEM OOK DE POLITIEK MEE' },
  },
  {
    id: 'e-te-veel-partijen',
    title: { nl: 'Te veel partijen aan tafel', en: 'Too many parties at the table' },
    text: {
      nl: 'Het overleg met heel veel partijen komt niet goed van de grond. Het is lastig om boven je eigen doelen uit te stijgen.',
      en: 'The meeting with very many parties does not really get off the ground. It is hard to rise above your own goals.',
    },
    effects: [{ kind: 'lose', resource: 'draagvlak', amount: 1, roles: ['gemeente'] }],
    source: { seed: '001', passage: 'EN KIES VOORAL ENERGIEKE PARTNERS' },
  },
  {
    id: 'e-eigen-belang',
    title: { nl: 'Eigen belang eerst', en: 'Own interest first' },
    text: {
      nl: 'Partners houden hun cliënten liever bij zich. Deze ronde kun je geen bereik ruilen of geven.',
      en: 'Partners would rather keep their clients to themselves. This round you cannot trade or give access.',
    },
    effects: [{ kind: 'freeze', resource: 'bereik' }],
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'e-minder-open',
    title: { nl: 'Vestiging minder open', en: 'Branch opens less' },
    text: {
      nl: 'De Bibliotheek zet minder personeel in om vestigingen open te houden. Die tijd gaat naar activiteiten. Een vestiging gaat minder vaak open.',
      en: 'The library puts fewer staff into keeping branches open. That time goes to activities. A branch opens less often.',
    },
    effects: [{ kind: 'lose', resource: 'locatie', amount: 1, roles: ['bibliotheek'] }],
    source: { seed: '001', passage: 'EXPERIMENTEER SAMEN UIT INNOVATIEBUDGET' },
  },
  // Added later (good news), kept at the end so earlier entries keep their place
  {
    id: 'e-klankbordgroep',
    title: { nl: 'Een klankbordgroep voor vrijwilligers', en: 'A sounding board for volunteers' },
    text: {
      nl: 'Zoals in Emmen: eerst stopten veel vrijwilligers. Nu informeert de Bibliotheek hen veel beter en is er een klankbordgroep. Ze zijn meer betrokken en denken mee.',
      en: 'As in Emmen: many volunteers used to quit. Now the library informs them much better and there is a sounding board group. They are more involved and think along.',
    },
    effects: [{ kind: 'gain', resource: 'vrijwilligers', amount: 1, roles: ['bibliotheek', 'vrijwilligers'] }],
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
];
