import type { AssignmentKind, Sector } from '@gilde/taxonomy';
import type { DemoOrganisationKey } from './demo-accounts';
import type { ArchetypeKey } from './archetypes';

export type DemoContractState =
  'draft' | 'sent' | 'accepted' | 'active' | 'completed' | 'terminated';

/** What happens to an assignment after it is drafted. */
export type AssignmentPlan =
  /** Published, with matches and responses in several states. */
  | { kind: 'open'; demoInterimResponds?: 'submitted' | 'shortlisted' | 'rejected' | 'withdrawn' }
  | { kind: 'draft' }
  /** Published, then closed without a pick. */
  | { kind: 'closed' }
  /** A response is selected and waits for procurement to draft the contract. */
  | { kind: 'selected' }
  /**
   * A response is selected and its contract reaches this state. A completed one ended last
   * month and waits for both reviews; the others run over the assignment's own dates.
   */
  | { kind: 'contract'; state: DemoContractState; demoInterim?: boolean }
  /** Done in the past: a completed contract, reviewed by both sides. */
  | { kind: 'history'; monthsAgo: number; rating: number; demoInterim?: boolean };

export interface DemoAssignment {
  key: string;
  organisation: DemoOrganisationKey;
  /** The profession that fits: who responds when matches are not enough. */
  archetype: ArchetypeKey;
  title: string;
  description: string;
  assignmentKind: AssignmentKind;
  sector: Sector;
  /** [skill name (an ESCO label or synonym, English or Dutch), weight 1-5, must-have]. */
  skills: readonly (readonly [string, number, boolean])[];
  languages?: readonly string[];
  city?: string;
  remoteShare: number;
  /** Weeks from now the assignment starts (unused for work done in the past). */
  startInWeeks: number;
  /** How long it runs. */
  months: number;
  hoursPerWeek: number;
  maxDayRate: number;
  plan: AssignmentPlan;
}

const FINANCE_CORE: readonly (readonly [string, number, boolean])[] = [
  ['financial management', 5, true],
  ['interpret financial statements', 4, true],
  ['financial forecasting', 3, false],
  ['exert expenditure control', 3, false],
];

/**
 * The assignments of the three organisations: a dozen open ones, drafts and a closed one, one
 * pick waiting for a contract, one contract in each state, and a history of completed work
 * whose reviews give interim managers a track record.
 */
export const DEMO_ASSIGNMENTS: readonly DemoAssignment[] = [
  // ---- Gemeente Gouwestad -------------------------------------------------------------
  {
    key: 'g-concerncontroller',
    organisation: 'gemeente',
    archetype: 'finance',
    title: 'Interim concerncontroller',
    description:
      'De gemeente Gouwestad zoekt een ervaren interim concerncontroller die de planning-en-controlcyclus ' +
      'versterkt. Na twee begrotingsjaren met forse overschrijdingen in het sociaal domein wil de raad ' +
      'grip op de cijfers. Je herijkt de kadernota, richt maandrapportages in voor het college en ' +
      'coacht de business controllers. Je werkt nauw samen met de gemeentesecretaris en de wethouder Financiën.',
    assignmentKind: 'interim_cfo',
    sector: 'government',
    skills: [
      ['financial management', 5, true],
      ['manage budgets', 5, true],
      ['interpret financial statements', 4, false],
      ['exert expenditure control', 3, false],
      ['financial forecasting', 3, false],
      ['liaise with politicians', 2, false],
    ],
    remoteShare: 30,
    startInWeeks: 5,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1250,
    plan: { kind: 'open', demoInterimResponds: 'shortlisted' },
  },
  {
    key: 'g-omgevingswet',
    organisation: 'gemeente',
    archetype: 'programme',
    title: 'Programmamanager Omgevingswet',
    description:
      'Met de invoering van de Omgevingswet verandert de manier waarop de gemeente vergunningen verleent ' +
      'en met initiatiefnemers samenwerkt. Als programmamanager bundel je de lopende projecten, stuur je ' +
      'op mijlpalen en risico’s en zorg je dat bestuur en organisatie tijdig de juiste besluiten nemen.',
    assignmentKind: 'project_programme_management',
    sector: 'government',
    skills: [
      ['project management', 5, true],
      ['manage several projects', 4, true],
      ['government policy implementation', 4, false],
      ['perform risk analysis', 3, false],
      ['liaise with local authorities', 3, false],
    ],
    remoteShare: 40,
    startInWeeks: 6,
    months: 12,
    hoursPerWeek: 32,
    maxDayRate: 1100,
    plan: { kind: 'open' },
  },
  {
    key: 'g-sociaal-domein',
    organisation: 'gemeente',
    archetype: 'public',
    title: 'Interim directeur Sociaal Domein',
    description:
      'Na het vertrek van de directeur zoekt Gouwestad een interim directeur Sociaal Domein (Wmo, ' +
      'Jeugdwet, Participatiewet). Je geeft leiding aan vier afdelingshoofden, brengt de uitvoering en de ' +
      'budgetten in balans en bereidt de werving van een vaste opvolger voor.',
    assignmentKind: 'bridging_vacancy',
    sector: 'government',
    skills: [
      ['manage government policy implementation', 5, true],
      ['liaise with politicians', 4, true],
      ['ensure cross-department cooperation', 4, false],
      ['manage budgets', 3, false],
      ['manage staff', 3, false],
    ],
    remoteShare: 20,
    startInWeeks: 4,
    months: 6,
    hoursPerWeek: 36,
    maxDayRate: 1300,
    plan: { kind: 'open' },
  },
  {
    key: 'g-hr-reorganisatie',
    organisation: 'gemeente',
    archetype: 'hr',
    title: 'Interim HR-directeur reorganisatie',
    description:
      'De ambtelijke organisatie gaat van zeven naar vier clusters. Je begeleidt de reorganisatie van ' +
      'adviesaanvraag tot plaatsing, voert het overleg met de ondernemingsraad en de vakbonden en zorgt ' +
      'dat medewerkers zorgvuldig worden begeleid.',
    assignmentKind: 'interim_hr',
    sector: 'government',
    skills: [
      ['human resource management', 5, true],
      ['labour legislation', 4, true],
      ['negotiate employment agreements', 4, false],
      ['outplacement', 3, false],
      ['apply change management', 3, false],
    ],
    remoteShare: 30,
    startInWeeks: 8,
    months: 9,
    hoursPerWeek: 28,
    maxDayRate: 1150,
    plan: { kind: 'open' },
  },
  {
    key: 'g-grondexploitaties',
    organisation: 'gemeente',
    archetype: 'finance',
    title: 'Interim controller grondexploitaties',
    description:
      'De accountant plaatste kanttekeningen bij de waardering van de grondexploitaties. Je actualiseert ' +
      'de exploitatieopzetten, legt de risico’s vast en maakt de verantwoording controleerbaar.',
    assignmentKind: 'interim_cfo',
    sector: 'government',
    skills: [...FINANCE_CORE, ['create a financial plan', 3, false]],
    remoteShare: 30,
    startInWeeks: 6,
    months: 5,
    hoursPerWeek: 24,
    maxDayRate: 1250,
    plan: { kind: 'contract', state: 'sent', demoInterim: true },
  },
  {
    key: 'g-cio',
    organisation: 'gemeente',
    archetype: 'it',
    title: 'Interim CIO informatievoorziening',
    description:
      'Je vernieuwt de informatievoorziening van de gemeente: van een versnipperd applicatielandschap naar ' +
      'een toekomstvaste architectuur, met informatiebeveiliging (BIO) als vast onderdeel.',
    assignmentKind: 'interim_cio',
    sector: 'government',
    skills: [
      ['define technology strategy', 5, true],
      ['information architecture', 4, true],
      ['implement ICT risk management', 4, false],
      ['ICT-projectbeheermethodologieën', 3, false],
    ],
    remoteShare: 40,
    startInWeeks: 3,
    months: 9,
    hoursPerWeek: 32,
    maxDayRate: 1300,
    plan: { kind: 'contract', state: 'active' },
  },
  {
    key: 'g-inkoop',
    organisation: 'gemeente',
    archetype: 'procurement',
    title: 'Interim manager inkoop en contractbeheer',
    description:
      'Je professionaliseert inkoop en contractmanagement: een actuele contractenbelt, rechtmatige ' +
      'aanbestedingen en een inkoopplan dat aansluit op de begroting.',
    assignmentKind: 'change_programme',
    sector: 'government',
    skills: [
      ['manage contracts', 5, true],
      ['supplier management', 4, true],
      ['negotiate buying conditions', 3, false],
      ['assess supplier risks', 3, false],
    ],
    remoteShare: 30,
    startInWeeks: 7,
    months: 6,
    hoursPerWeek: 24,
    maxDayRate: 1100,
    plan: { kind: 'contract', state: 'draft' },
  },
  {
    key: 'g-huisvesting',
    organisation: 'gemeente',
    archetype: 'programme',
    title: 'Projectdirecteur huisvesting stadskantoor',
    description:
      'Het stadskantoor wordt verduurzaamd en opnieuw ingericht voor hybride werken. Je stuurt de ' +
      'aannemers en adviseurs aan en bewaakt budget, planning en de kwaliteit van de werkplekken.',
    assignmentKind: 'project_programme_management',
    sector: 'government',
    skills: [
      ['project management', 5, true],
      ['perform resource planning', 3, true],
      ['perform risk analysis', 3, false],
      ['evaluate project plans', 3, false],
    ],
    remoteShare: 20,
    startInWeeks: 5,
    months: 10,
    hoursPerWeek: 24,
    maxDayRate: 1100,
    plan: { kind: 'contract', state: 'accepted' },
  },
  {
    key: 'g-publiekszaken',
    organisation: 'gemeente',
    archetype: 'public',
    title: 'Interim afdelingshoofd Publiekszaken',
    description:
      'De afdeling Publiekszaken kampt met lange wachttijden. Je verbetert de dienstverlening aan de balie ' +
      'en online en begeleidt de afdeling naar een nieuwe werkwijze.',
    assignmentKind: 'bridging_vacancy',
    sector: 'government',
    skills: [
      ['manage government policy implementation', 4, true],
      ['ensure cross-department cooperation', 3, false],
      ['liaise with local authorities', 3, false],
    ],
    remoteShare: 10,
    startInWeeks: 3,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1150,
    plan: { kind: 'contract', state: 'terminated' },
  },
  {
    key: 'g-wmo',
    organisation: 'gemeente',
    archetype: 'healthcare',
    title: 'Interim manager Wmo-uitvoering',
    description:
      'De wachtlijst voor Wmo-indicaties moet binnen een half jaar weg. Je organiseert de uitvoering ' +
      'opnieuw en maakt afspraken met zorgaanbieders over levertijden.',
    assignmentKind: 'change_programme',
    sector: 'government',
    skills: [
      ['implement policy in healthcare practices', 4, true],
      ['coordinate care', 3, false],
      ['manage government policy implementation', 3, false],
    ],
    remoteShare: 20,
    startInWeeks: 6,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1150,
    plan: { kind: 'selected' },
  },
  {
    key: 'g-belastingen',
    organisation: 'gemeente',
    archetype: 'finance',
    title: 'Interim teamleider Belastingen',
    description:
      'Concept: tijdelijke leiding van het team Belastingen tijdens de WOZ-herwaardering.',
    assignmentKind: 'bridging_vacancy',
    sector: 'government',
    skills: [['financial management', 3, true]],
    remoteShare: 30,
    startInWeeks: 10,
    months: 4,
    hoursPerWeek: 24,
    maxDayRate: 1000,
    plan: { kind: 'draft' },
  },
  {
    key: 'g-energieloket',
    organisation: 'gemeente',
    archetype: 'sustainability',
    title: 'Kwartiermaker Regionaal Energieloket',
    description:
      'Opzetten van het regionale energieloket met vijf buurgemeenten: organisatie, financiering en ' +
      'de eerste campagne voor woningeigenaren.',
    assignmentKind: 'change_programme',
    sector: 'government',
    skills: [
      ['develop energy policy', 4, true],
      ['promote sustainable energy', 3, false],
    ],
    remoteShare: 40,
    startInWeeks: 0,
    months: 5,
    hoursPerWeek: 24,
    maxDayRate: 1100,
    plan: { kind: 'contract', state: 'completed' },
  },
  {
    key: 'g-hist-jaarrekening',
    organisation: 'gemeente',
    archetype: 'finance',
    title: 'Interim controller jaarrekening',
    description:
      'Tijdelijke versterking van Control om de jaarrekening tijdig en met een goedkeurende verklaring af te ronden.',
    assignmentKind: 'interim_cfo',
    sector: 'government',
    skills: FINANCE_CORE,
    remoteShare: 30,
    startInWeeks: 0,
    months: 5,
    hoursPerWeek: 32,
    maxDayRate: 1200,
    plan: { kind: 'history', monthsAgo: 14, rating: 5, demoInterim: true },
  },
  {
    key: 'g-hist-digitalisering',
    organisation: 'gemeente',
    archetype: 'it',
    title: 'Programmamanager digitale dienstverlening',
    description: 'Digitaliseren van de twintig meest gevraagde producten van de gemeente.',
    assignmentKind: 'project_programme_management',
    sector: 'government',
    skills: [
      ['manage ICT project', 4, true],
      ['ICT project management methodologies', 3, false],
    ],
    remoteShare: 50,
    startInWeeks: 0,
    months: 8,
    hoursPerWeek: 28,
    maxDayRate: 1150,
    plan: { kind: 'history', monthsAgo: 18, rating: 4 },
  },
  {
    key: 'g-hist-participatie',
    organisation: 'gemeente',
    archetype: 'public',
    title: 'Interim manager Werk en Inkomen',
    description:
      'Overbrugging van de vacature van manager Werk en Inkomen en herinrichting van de uitvoering.',
    assignmentKind: 'bridging_vacancy',
    sector: 'government',
    skills: [['manage government policy implementation', 4, true]],
    remoteShare: 20,
    startInWeeks: 0,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1150,
    plan: { kind: 'history', monthsAgo: 10, rating: 5 },
  },

  // ---- Zorggroep Eemvallei ------------------------------------------------------------
  {
    key: 'z-cfo-herstelplan',
    organisation: 'zorg',
    archetype: 'finance',
    title: 'Interim CFO herstelplan',
    description:
      'Zorggroep Eemvallei (2.400 medewerkers, twaalf locaties) sloot het jaar af met een fors tekort. ' +
      'Als interim CFO stel je samen met de bestuurder een herstelplan op, herfinancier je met de banken ' +
      'en breng je de financiële sturing per locatie op orde.',
    assignmentKind: 'interim_cfo',
    sector: 'healthcare',
    skills: [
      ['financial management', 5, true],
      ['create a financial plan', 4, true],
      ['analyse financial performance of a company', 4, false],
      ['financial forecasting', 3, false],
      ['negotiate with stakeholders', 3, false],
    ],
    remoteShare: 20,
    startInWeeks: 4,
    months: 9,
    hoursPerWeek: 36,
    maxDayRate: 1400,
    plan: { kind: 'open', demoInterimResponds: 'submitted' },
  },
  {
    key: 'z-bestuurder',
    organisation: 'zorg',
    archetype: 'general',
    title: 'Interim bestuurder (a.i.)',
    description:
      'De raad van toezicht zoekt een interim bestuurder die de organisatie na het vertrek van de ' +
      'bestuurder stabiliseert, de relatie met zorgkantoor en inspectie herstelt en de strategie 2030 ' +
      'voorbereidt.',
    assignmentKind: 'interim_ceo',
    sector: 'healthcare',
    skills: [
      ['assume responsibility for the management of a business', 5, true],
      ['make strategic business decisions', 4, true],
      ['negotiate with stakeholders', 4, false],
      ['shape corporate culture', 3, false],
      ['health care system', 3, false],
    ],
    remoteShare: 10,
    startInWeeks: 3,
    months: 9,
    hoursPerWeek: 36,
    maxDayRate: 1750,
    plan: { kind: 'open' },
  },
  {
    key: 'z-locatiemanager',
    organisation: 'zorg',
    archetype: 'healthcare',
    title: 'Interim locatiemanager verpleeghuis De Hoeve',
    description:
      'Na een kritisch rapport van de inspectie zoekt verpleeghuis De Hoeve een ervaren interim ' +
      'locatiemanager die de kwaliteit van zorg verbetert, het team stabiliseert en het verzuim terugdringt.',
    assignmentKind: 'crisis_management',
    sector: 'healthcare',
    skills: [
      ['manage operations in healthcare institutions', 5, true],
      ['manage healthcare staff', 4, true],
      ['set quality assurance objectives', 4, false],
      ['health care legislation', 3, false],
      ['coordinate care', 3, false],
    ],
    remoteShare: 0,
    startInWeeks: 3,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1100,
    plan: { kind: 'open' },
  },
  {
    key: 'z-ecd',
    organisation: 'zorg',
    archetype: 'it',
    title: 'Programmamanager implementatie ECD',
    description:
      'Alle locaties stappen over op één elektronisch cliëntendossier. Je leidt het programma, stuurt de ' +
      'leverancier en zorgt dat zorgmedewerkers goed voorbereid met het nieuwe dossier gaan werken.',
    assignmentKind: 'project_programme_management',
    sector: 'healthcare',
    skills: [
      ['ICT-projectbeheermethodologieën', 5, true],
      ['manage ICT project', 4, true],
      ['coordinate technological activities', 3, false],
      ['perform risk analysis', 3, false],
    ],
    remoteShare: 40,
    startInWeeks: 6,
    months: 12,
    hoursPerWeek: 32,
    maxDayRate: 1150,
    plan: { kind: 'open' },
  },
  {
    key: 'z-kwaliteit',
    organisation: 'zorg',
    archetype: 'healthcare',
    title: 'Interim manager kwaliteit en veiligheid',
    description:
      'Concept: inrichten van het kwaliteitsmanagementsysteem voor de HKZ-certificering.',
    assignmentKind: 'change_programme',
    sector: 'healthcare',
    skills: [['set quality assurance objectives', 4, true]],
    remoteShare: 30,
    startInWeeks: 9,
    months: 6,
    hoursPerWeek: 24,
    maxDayRate: 1050,
    plan: { kind: 'draft' },
  },
  {
    key: 'z-facilitair',
    organisation: 'zorg',
    archetype: 'operations',
    title: 'Interim manager facilitair bedrijf',
    description: 'Herinrichting van schoonmaak, catering en beveiliging over alle locaties.',
    assignmentKind: 'change_programme',
    sector: 'healthcare',
    skills: [
      ['lead process optimisation', 4, true],
      ['manage staff', 3, false],
    ],
    remoteShare: 10,
    startInWeeks: 5,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1000,
    plan: { kind: 'closed' },
  },
  {
    key: 'z-hist-cfo',
    organisation: 'zorg',
    archetype: 'finance',
    title: 'Interim manager financiën',
    description:
      'Overbrugging van de vacature van manager Financiën en het opstellen van de begroting.',
    assignmentKind: 'interim_cfo',
    sector: 'healthcare',
    skills: FINANCE_CORE,
    remoteShare: 20,
    startInWeeks: 0,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1300,
    plan: { kind: 'history', monthsAgo: 24, rating: 4, demoInterim: true },
  },
  {
    key: 'z-hist-locatie',
    organisation: 'zorg',
    archetype: 'healthcare',
    title: 'Interim regiomanager ouderenzorg',
    description: 'Tijdelijke leiding van de regio Noord en verbetering van de cliënttevredenheid.',
    assignmentKind: 'bridging_vacancy',
    sector: 'healthcare',
    skills: [['manage operations in healthcare institutions', 4, true]],
    remoteShare: 10,
    startInWeeks: 0,
    months: 7,
    hoursPerWeek: 32,
    maxDayRate: 1100,
    plan: { kind: 'history', monthsAgo: 12, rating: 5 },
  },
  {
    key: 'z-hist-crisis',
    organisation: 'zorg',
    archetype: 'healthcare',
    title: 'Crisismanager na inspectiebezoek',
    description: 'Verbeterplan na een aanwijzing van de inspectie, binnen zes maanden afgerond.',
    assignmentKind: 'crisis_management',
    sector: 'healthcare',
    skills: [
      ['set quality assurance objectives', 4, true],
      ['manage healthcare staff', 3, false],
    ],
    remoteShare: 0,
    startInWeeks: 0,
    months: 6,
    hoursPerWeek: 36,
    maxDayRate: 1300,
    plan: { kind: 'history', monthsAgo: 20, rating: 5 },
  },
  {
    key: 'z-hist-hr',
    organisation: 'zorg',
    archetype: 'hr',
    title: 'Interim HR-manager arbeidsmarktcampagne',
    description: 'Terugdringen van het verloop onder verpleegkundigen met een behoudprogramma.',
    assignmentKind: 'interim_hr',
    sector: 'healthcare',
    skills: [['develop employee retention programs', 4, true]],
    remoteShare: 30,
    startInWeeks: 0,
    months: 6,
    hoursPerWeek: 24,
    maxDayRate: 1050,
    plan: { kind: 'history', monthsAgo: 9, rating: 4 },
  },

  // ---- Brinkhorst Logistiek -----------------------------------------------------------
  {
    key: 'l-coo',
    organisation: 'logistiek',
    archetype: 'logistics',
    title: 'Interim COO warehousing',
    description:
      'Brinkhorst Logistiek groeit hard in e-commerce fulfilment. Als interim COO breng je de vier ' +
      'warehouses op één werkwijze, verbeter je de productiviteit en bereid je de organisatie voor op de ' +
      'opening van een vijfde locatie.',
    assignmentKind: 'interim_coo',
    sector: 'logistics',
    skills: [
      ['warehouse operations', 5, true],
      ['supply chain management', 4, true],
      ['lead process optimisation', 4, false],
      ['develop efficiency plans for logistics operations', 3, false],
      ['manage staff', 3, false],
    ],
    remoteShare: 10,
    startInWeeks: 4,
    months: 9,
    hoursPerWeek: 40,
    maxDayRate: 1350,
    plan: { kind: 'open' },
  },
  {
    key: 'l-turnaround-venlo',
    organisation: 'logistiek',
    archetype: 'logistics',
    title: 'Turnaround manager distributiecentrum Venlo',
    description:
      'Het distributiecentrum in Venlo draait al een jaar verlies door een hoge uitval en slechte ' +
      'leverbetrouwbaarheid. Je analyseert de oorzaken, stelt een verbeterplan op en voert het uit met ' +
      'het lokale managementteam.',
    assignmentKind: 'turnaround',
    sector: 'logistics',
    skills: [
      ['supply chain management', 5, true],
      ['manage inventory', 4, true],
      ['analyse supply chain strategies', 3, false],
      ['freight transport methods', 3, false],
      ['apply change management', 3, false],
    ],
    city: 'Venlo',
    remoteShare: 0,
    startInWeeks: 3,
    months: 6,
    hoursPerWeek: 40,
    maxDayRate: 1400,
    plan: { kind: 'open' },
  },
  {
    key: 'l-cfo-carveout',
    organisation: 'logistiek',
    archetype: 'finance',
    title: 'Interim CFO carve-out',
    description:
      'De koeltransportdivisie wordt afgesplitst en verkocht. Je zet een zelfstandige financiële functie ' +
      'op, stelt de carve-out-cijfers op en begeleidt het due-diligenceonderzoek van kopers.',
    assignmentKind: 'interim_cfo',
    sector: 'logistics',
    skills: [
      ['financial management', 5, true],
      ['interpret financial statements', 4, true],
      ['financial forecasting', 4, false],
      ['financial analysis', 3, false],
      ['negotiate with stakeholders', 3, false],
    ],
    languages: ['nl', 'en'],
    remoteShare: 30,
    startInWeeks: 5,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1500,
    plan: { kind: 'open', demoInterimResponds: 'rejected' },
  },
  {
    key: 'l-wms',
    organisation: 'logistiek',
    archetype: 'programme',
    title: 'Programmamanager WMS-implementatie',
    description:
      'Een nieuw warehouse management systeem vervangt drie oude systemen. Je leidt het programma met de ' +
      'leverancier en de eigen IT-afdeling en zorgt voor een livegang zonder verstoring van de leveringen.',
    assignmentKind: 'project_programme_management',
    sector: 'logistics',
    skills: [
      ['project management', 5, true],
      ['manage several projects', 4, true],
      ['warehouse operations', 3, false],
      ['perform risk analysis', 3, false],
      ['manage project information', 2, false],
    ],
    languages: ['nl', 'en'],
    remoteShare: 30,
    startInWeeks: 7,
    months: 12,
    hoursPerWeek: 32,
    maxDayRate: 1150,
    plan: { kind: 'open' },
  },
  {
    key: 'l-hr',
    organisation: 'logistiek',
    archetype: 'hr',
    title: 'Interim HR-manager',
    description: 'Concept: werving en behoud van orderpickers en chauffeurs.',
    assignmentKind: 'interim_hr',
    sector: 'logistics',
    skills: [['human resource management', 4, true]],
    remoteShare: 20,
    startInWeeks: 8,
    months: 6,
    hoursPerWeek: 24,
    maxDayRate: 1050,
    plan: { kind: 'draft' },
  },
  {
    key: 'l-hist-dc',
    organisation: 'logistiek',
    archetype: 'logistics',
    title: 'Interim manager distributiecentrum Tilburg',
    description:
      'Verhuizing van het distributiecentrum naar de nieuwe locatie zonder leveringsonderbreking.',
    assignmentKind: 'interim_coo',
    sector: 'logistics',
    skills: [['warehouse operations', 4, true]],
    remoteShare: 0,
    startInWeeks: 0,
    months: 8,
    hoursPerWeek: 40,
    maxDayRate: 1250,
    plan: { kind: 'history', monthsAgo: 16, rating: 5 },
  },
  {
    key: 'l-hist-lean',
    organisation: 'logistiek',
    archetype: 'operations',
    title: 'Lean verbetertraject cross-dock',
    description: 'Verkorten van de doorlooptijd op het cross-dock met lean en visueel management.',
    assignmentKind: 'change_programme',
    sector: 'logistics',
    skills: [['lead process optimisation', 4, true]],
    remoteShare: 10,
    startInWeeks: 0,
    months: 5,
    hoursPerWeek: 32,
    maxDayRate: 1150,
    plan: { kind: 'history', monthsAgo: 8, rating: 4 },
  },
  {
    key: 'l-hist-transport',
    organisation: 'logistiek',
    archetype: 'logistics',
    title: 'Interim manager transportplanning',
    description: 'Herinrichting van de transportplanning en selectie van een nieuw TMS.',
    assignmentKind: 'change_programme',
    sector: 'logistics',
    skills: [['freight transport methods', 4, true]],
    remoteShare: 20,
    startInWeeks: 0,
    months: 6,
    hoursPerWeek: 32,
    maxDayRate: 1150,
    plan: { kind: 'history', monthsAgo: 22, rating: 3 },
  },
];

/** What reviewers write, by rating (Dutch, as the people in the demo would). */
export const REVIEW_COMMENTS: Readonly<Record<number, { ofInterim: string; ofClient: string }>> = {
  5: {
    ofInterim:
      'Zeer sterke interim manager: snel ingewerkt, helder in communicatie en de afgesproken resultaten ruim gehaald.',
    ofClient: 'Duidelijke opdracht, korte lijnen met de opdrachtgever en facturen op tijd betaald.',
  },
  4: {
    ofInterim: 'Goede inzet en resultaat; de overdracht had iets eerder ingezet mogen worden.',
    ofClient: 'Prettige samenwerking; besluitvorming duurde soms wat lang.',
  },
  3: {
    ofInterim: 'Degelijk werk, maar de verandering kwam langzamer op gang dan verwacht.',
    ofClient:
      'De opdracht veranderde onderweg van karakter; daar had eerder over gesproken moeten worden.',
  },
};
