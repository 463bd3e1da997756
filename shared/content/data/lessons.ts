import type { LessonCard } from '../schema';

// One lesson per heading of the inspiration document (seed 001), plus "trust between the
// partners" from HOUD STUG VOL. `source.passage` is the heading exactly as the seed writes it.
export const LESSONS_DATA: LessonCard[] = [
  {
    id: 'l-weet-waar-je-aan-begint',
    heading: { nl: 'Weet waar je aan begint', en: 'Know what you are getting into' },
    text: {
      nl: 'Samenwerken vraagt een lange adem. Je loopt aan tegen eigen belangen, privacyregels en een klein budget. Laaggeletterdheid is onzichtbaar: mensen verbergen het goed.',
      en: 'Working together takes stamina. You run into self-interest, privacy rules and a small budget. Low literacy is invisible: people hide it well.',
    },
    prompt: {
      nl: 'Welk obstakel kwam je in dit spel het eerst tegen?',
      en: 'Which obstacle did you run into first in this game?',
    },
    source: { seed: '001', passage: 'WEET WAAR JE AAN BEGINT' },
  },
  {
    id: 'l-meer-dan-boeken',
    heading: { nl: 'De Bibliotheek is meer dan boeken', en: 'The library is more than books' },
    text: {
      nl: 'Iedereen loopt makkelijk de Bibliotheek binnen. Daar komt de hulp van partners samen, zoals in een infopunt. Mensen kloppen er makkelijker aan dan bij de gemeente.',
      en: 'Anyone can easily walk into the library. Help from partners comes together there, as in an information point. People drop in more easily than at the town hall.',
    },
    prompt: {
      nl: 'Welke partners hebben de plek van de Bibliotheek gebruikt? Wie nog niet?',
      en: "Which partners used the library's space? Who has not yet?",
    },
    source: { seed: '001', passage: 'DE BIBLIOTHEEK IS MEER DAN BOEKEN' },
  },
  {
    id: 'l-innovatiebudget',
    heading: { nl: 'Experimenteer samen uit innovatiebudget', en: 'Experiment together from an innovation budget' },
    text: {
      nl: 'Er is geen kant-en-klare aanpak. Probeer iets nieuws uit met geld dat daarvoor is. Werkt het, zoek dan samen vaste financiering.',
      en: 'There is no ready-made approach. Try something new with money meant for that. If it works, look for lasting funding together.',
    },
    prompt: {
      nl: 'Welk project zou je in het echt eens willen uitproberen?',
      en: 'Which project would you like to try out for real?',
    },
    source: { seed: '001', passage: 'EXPERIMENTEER SAMEN UIT INNOVATIEBUDGET' },
  },
  {
    id: 'l-taal-en-meedoen',
    heading: { nl: 'Verbind taal met meedoen', en: 'Connect language with taking part' },
    text: {
      nl: 'Taal zit onder veel problemen: werk, gezondheid en schulden. Zo is 50% van de mensen met schulden laaggeletterd. Werk je aan taal, dan help je op meer plekken tegelijk.',
      en: 'Language lies beneath many problems: work, health and debt. For example, 50% of people in debt have low literacy. Work on language, and you help in many places at once.',
    },
    prompt: {
      nl: 'In welke domeinen hebben jullie inwoners bereikt? Welk domein bleef leeg?',
      en: 'In which domains did you reach residents? Which domain stayed empty?',
    },
    source: { seed: '001', passage: 'VERBIND TAAL MET MEEDOEN' },
  },
  {
    id: 'l-wegwijzer',
    heading: { nl: 'Creëer een wegwijzer bij de gemeente', en: 'Create a signpost at the municipality' },
    text: {
      nl: 'Vaak praat de Bibliotheek alleen met de ambtenaar voor cultuur. Een wegwijzer, zoals de taalambtenaar in Heerlen, legt lijntjes naar alle afdelingen.',
      en: 'Often the library only talks to the culture officer. A signpost, like the literacy officer in Heerlen, connects every department.',
    },
    prompt: {
      nl: 'Wie was in dit spel de verbinder tussen de partners?',
      en: 'Who was the connector between the partners in this game?',
    },
    source: { seed: '001', passage: 'CREËER EEN WEGWIJZER BIJ DE GEMEENTE' },
  },
  {
    id: 'l-schrijf-samen-het-plan',
    heading: { nl: 'Schrijf samen het plan', en: 'Write the plan together' },
    text: {
      nl: 'Zet taal in het beleidsplan van de gemeente, in alle domeinen. Dan houdt iedereen er rekening mee: werk, zorg, onderwijs en minimabeleid.',
      en: "Put language in the municipality's policy plan, in every domain. Then everyone takes it into account: work, care, education and low-income policy.",
    },
    prompt: {
      nl: 'Welke afspraak zou jij met je partners op papier willen zetten?',
      en: 'Which agreement would you like to put on paper with your partners?',
    },
    source: { seed: '001', passage: 'SCHRIJF SAMEN HET PLAN' },
  },
  {
    id: 'l-voer-samen-uit',
    heading: { nl: 'En voer ook samen het plan uit', en: 'And carry out the plan together' },
    text: {
      nl: 'Een coalitieakkoord alleen is niet genoeg. Geef ambtenaren een rol in de uitvoering en spreek doelen af, zoals hoeveel mensen zij werven.',
      en: 'A coalition agreement alone is not enough. Give civil servants a role in carrying it out and agree on goals, such as how many people they recruit.',
    },
    prompt: {
      nl: 'Welke beloftes zijn in dit spel echt nagekomen?',
      en: 'Which promises were actually kept in this game?',
    },
    source: { seed: '001', passage: 'EN VOER OOK SAMEN HET PLAN UIT' },
  },
  {
    id: 'l-probleem-in-cijfers',
    heading: { nl: 'Schets het probleem in cijfers', en: 'Show the problem in figures' },
    text: {
      nl: 'Cijfers maken duidelijk om hoeveel mensen het gaat. In Heerlen was 16% laaggeletterd, tegen 11% landelijk. Dat zette de gemeente in beweging.',
      en: 'Figures make clear how many people it concerns. In Heerlen 16% had low literacy, against 11% nationally. That got the municipality moving.',
    },
    prompt: {
      nl: 'Hielpen cijfers jullie om partners te overtuigen?',
      en: 'Did figures help you convince partners?',
    },
    source: { seed: '001', passage: 'SCHETS HET PROBLEEM IN CIJFERS' },
  },
  {
    id: 'l-geef-een-gezicht',
    heading: { nl: 'Maar geef ze ook een gezicht', en: 'But give them a face too' },
    text: {
      nl: 'In Dalfsen bleken bij de sociale werkvoorziening 27 van de 39 mensen laaggeletterd. Dat opende de ogen. Maar je hebt ook een gezicht nodig: echte verhalen.',
      en: 'In Dalfsen, 27 of the 39 people at the sheltered workplace turned out to have low literacy. That opened eyes. But you also need a face: real life stories.',
    },
    prompt: {
      nl: 'Welke inwoner uit het spel is je bijgebleven, en waarom?',
      en: 'Which resident from the game stayed with you, and why?',
    },
    source: { seed: '001', passage: 'MAAR GEEF ZE OOK EEN GEZICHT' },
  },
  {
    id: 'l-toon-lef',
    heading: { nl: 'Toon lef, als Bibliotheek én als gemeente', en: 'Be bold, as library and as municipality' },
    text: {
      nl: 'Steek je nek uit. Eindhoven zag dat een groot deel van de laaggeletterden werk heeft. De wethouder kan bedrijven bij elkaar brengen. Die inzet is minstens zo belangrijk als geld.',
      en: 'Stick your neck out. Eindhoven found that a large share of people with low literacy have jobs. The alderman can bring companies together. That commitment matters at least as much as money.',
    },
    prompt: {
      nl: 'Wanneer nam jij een risico voor een ander? Wat leverde het op?',
      en: 'When did you take a risk for someone else? What did it bring?',
    },
    source: { seed: '001', passage: 'TOON LEF, ALS BIBLIOTHEEK ÉN ALS GEMEENTE' },
  },
  {
    id: 'l-financiering',
    heading: { nl: 'Zoek samen naar financiering buiten de gebaande paden', en: 'Look for funding off the beaten track together' },
    text: {
      nl: 'Zoek ook geld buiten de vaste potjes. Taal op het werk levert bedrijven veel op: minder verzuim en meer veiligheid. Dus kunnen bedrijven ook meebetalen.',
      en: 'Look for money outside the usual pots too. Language at work pays off for companies: less sick leave and more safety. So companies can help pay too.',
    },
    prompt: {
      nl: 'Bleef er budget ongebruikt liggen? Wat had je ermee kunnen doen?',
      en: 'Was budget left unused? What could you have done with it?',
    },
    source: { seed: '001', passage: 'ZOEK SAMEN NAAR FINANCIERING BUITEN DE GEBAANDE PADEN' },
  },
  {
    id: 'l-bouw-netwerk',
    heading: { nl: 'Bouw aan een netwerk', en: 'Build a network' },
    text: {
      nl: 'In Parkstad groeide het bondgenootschap van 22 naar 36 organisaties. Erken dat partners ook een eigen belang hebben. Een plan waar iedereen iets aan heeft, houdt het netwerk bij elkaar.',
      en: "In Parkstad the alliance grew from 22 to 36 organisations. Accept that partners have their own interests too. A plan that benefits everyone holds the network together.",
    },
    prompt: {
      nl: 'Welke partner had jij harder nodig dan je dacht?',
      en: 'Which partner did you need more than you thought?',
    },
    source: { seed: '001', passage: 'BOUW AAN EEN NETWERK' },
  },
  {
    id: 'l-energieke-partners',
    heading: { nl: 'En kies vooral energieke partners', en: 'And above all choose energetic partners' },
    text: {
      nl: 'Meer partners is niet altijd beter. In Emmen kwam het overleg met heel veel partijen niet van de grond. Daarna ging men terug naar een kerngroep. Kies partners met energie voor het onderwerp.',
      en: 'More partners is not always better. In Emmen the meeting with very many parties did not get off the ground. Then they went back to a core group. Choose partners with energy for the subject.',
    },
    prompt: {
      nl: 'Met wie kwam je echt tot iets, en met wie bleef het bij praten?',
      en: 'With whom did you really get something done, and with whom was it just talk?',
    },
    source: { seed: '001', passage: 'EN KIES VOORAL ENERGIEKE PARTNERS' },
  },
  {
    id: 'l-politiek',
    heading: { nl: 'Neem ook de politiek mee', en: 'Bring politics along too' },
    text: {
      nl: 'Staat het onderwerp op de politieke agenda, dan komt er meer van terecht. In Emmen praatte de Bibliotheek veel met politici. Nu staat laaggeletterdheid in alle partijprogramma\'s.',
      en: 'Once the subject is on the political agenda, more gets done. In Emmen the library talked a lot with politicians. Now low literacy is in every party programme.',
    },
    prompt: {
      nl: 'Deed de gemeente mee in jullie projecten? Wat maakte dat uit?',
      en: 'Did the municipality take part in your projects? What difference did it make?',
    },
    source: { seed: '001', passage: 'NEEM OOK DE POLITIEK MEE' },
  },
  {
    id: 'l-hou-vast',
    heading: { nl: 'Eenmaal gevonden? Hou vast!', en: 'Once found? Hold on!' },
    text: {
      nl: 'Laaggeletterden raak je makkelijk kwijt bij een doorverwijzing. Zorg voor een warme overdracht en blijf contact houden over hoe het gaat.',
      en: 'People with low literacy are easily lost when they are referred. Make sure of a warm handover and keep in touch about how it is going.',
    },
    prompt: {
      nl: 'Wie raakten jullie kwijt? Wat had hen kunnen vasthouden?',
      en: 'Whom did you lose? What could have held on to them?',
    },
    source: { seed: '001', passage: 'EENMAAL GEVONDEN? HOU VAST!' },
  },
  {
    id: 'l-geen-panklare-oplossingen',
    heading: { nl: 'Verwacht geen panklare oplossingen', en: 'Expect no ready-made solutions' },
    text: {
      nl: 'Je hoeft je aanbod niet eerst helemaal uit te denken. Zet centraal wat mensen willen leren. Na Lezen in de keuken kwam de groep zelf met het idee voor een leeskring.',
      en: 'You do not have to plan your offer in full first. Put what people want to learn first. After Reading in the kitchen, the group itself came up with a reading circle.',
    },
    prompt: {
      nl: 'Welk plan veranderde onderweg? Was dat erg?',
      en: 'Which plan changed along the way? Was that a problem?',
    },
    source: { seed: '001', passage: 'VERWACHT GEEN PANKLARE OPLOSSINGEN' },
  },
  {
    id: 'l-vrijwilligers',
    heading: { nl: 'Benut energie en capaciteiten van vrijwilligers beter', en: "Make better use of volunteers' energy and skills" },
    text: {
      nl: 'Vrijwilligers kunnen meer dan taalmaatje zijn. Een oud-manager kan mee naar gesprekken bij werkgevers. Betrek vrijwilligers en laat ze meedenken, zoals in Emmen met een klankbordgroep.',
      en: 'Volunteers can do more than be a language buddy. A former manager can join talks with employers. Involve volunteers and let them think along, as Emmen does with a sounding board group.',
    },
    prompt: {
      nl: 'Waar zetten jullie vrijwilligers in? Kon het ook anders?',
      en: 'Where did you put volunteers to work? Could it have been done differently?',
    },
    source: { seed: '001', passage: 'BENUT ENERGIE EN CAPACITEITEN VAN VRIJWILLIGERS BETER' },
  },
  {
    id: 'l-houd-stug-vol',
    heading: { nl: 'Houd stug vol!', en: 'Keep at it!' },
    text: {
      nl: 'Succes is vooral een kwestie van lange adem. Breng je boodschap steeds weer ter sprake. Eén of twee enthousiaste mensen in een organisatie zijn al genoeg.',
      en: 'Success is mostly a matter of stamina. Raise your message again and again. One or two keen people in an organisation are already enough.',
    },
    prompt: {
      nl: 'Wat zou je in een volgende ronde blijven proberen?',
      en: 'What would you keep trying in another round?',
    },
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
  {
    id: 'l-vertrouwen',
    heading: { nl: 'Vertrouwen tussen de partners', en: 'Trust between the partners' },
    text: {
      nl: 'Vertrouwen is belangrijk. Houd de communicatie open, ook als je elkaar de waarheid moet zeggen. Leg je kaarten op tafel.',
      en: 'Trust matters. Keep communication open, even when you must tell each other the truth. Put your cards on the table.',
    },
    prompt: {
      nl: 'Welke kaart had je eerder op tafel willen leggen?',
      en: 'Which card would you have liked to put on the table sooner?',
    },
    source: { seed: '001', passage: 'HOUD STUG VOL!' },
  },
  {
    id: 'l-eigen-dienstverlening',
    heading: { nl: 'Vergeet je eigen dienstverlening niet', en: 'Do not forget your own services' },
    text: {
      nl: 'Maak ook je eigen diensten toegankelijker, zoals een simpeler formulier voor de minimaregeling. In Dalfsen praten 50 ambtenaren hierover na de film "I, Daniel Blake".',
      en: 'Make your own services easier to use too, such as a simpler form for low-income support. In Dalfsen, 50 civil servants discuss this after the film "I, Daniel Blake".',
    },
    prompt: {
      nl: 'Wat zou jouw eigen organisatie morgen simpeler kunnen maken?',
      en: 'What could your own organisation make simpler tomorrow?',
    },
    source: { seed: '001', passage: 'VERGEET JE EIGEN DIENSTVERLENING NIET' },
  },
];
