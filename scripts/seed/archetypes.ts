import type { AssignmentKind, Sector } from '@gilde/taxonomy';

export type ArchetypeKey =
  | 'finance'
  | 'general'
  | 'operations'
  | 'logistics'
  | 'it'
  | 'hr'
  | 'programme'
  | 'healthcare'
  | 'public'
  | 'procurement'
  | 'risk'
  | 'sustainability';

/**
 * The kinds of interim manager in the demo market. Skills come from ESCO: `core` are skill labels
 * (English preferred labels) that define the profession, `occupations` are ESCO occupations
 * whose essential skills fill each profile up. Every label is checked against the imported
 * taxonomy before seeding, so a renamed ESCO skill fails loudly instead of becoming free text.
 */
export interface Archetype {
  key: ArchetypeKey;
  /** Relative share of the interim population. */
  weight: number;
  occupations: readonly string[];
  core: readonly string[];
  kinds: readonly AssignmentKind[];
  sectors: readonly Sector[];
  headlines: readonly string[];
  /** One sentence on what they do, completing "… is een interim manager die …". */
  focus: readonly string[];
  /** Typical minimum day rate in euros; profiles vary around it. */
  baseRate: number;
}

export const ARCHETYPES: readonly Archetype[] = [
  {
    key: 'finance',
    weight: 14,
    occupations: [
      'financial manager',
      'financial controller',
      'budget manager',
      'corporate treasurer',
      'accounting manager',
    ],
    core: [
      'financial management',
      'financial analysis',
      'financial statements',
      'create a financial plan',
      'exert expenditure control',
      'manage budgets',
      'financial forecasting',
      'interpret financial statements',
    ],
    kinds: ['interim_cfo', 'turnaround', 'restructuring', 'recovery'],
    sectors: [
      'healthcare',
      'government',
      'logistics',
      'manufacturing',
      'financial_services',
      'housing',
      'education',
      'retail',
    ],
    headlines: [
      'Interim CFO voor turnarounds en herstelplannen',
      'Interim financieel directeur | sturing, control en herfinanciering',
      'Interim concerncontroller met ervaring in de publieke sector',
      'Financieel manager voor reorganisaties en carve-outs',
      'Interim CFO | van verlies naar grip op de cijfers',
    ],
    focus: [
      'financiële sturing herstelt wanneer de cijfers uit de hand lopen',
      'begrotingen, liquiditeit en rapportages binnen enkele maanden op orde brengt',
      'banken, toezichthouders en aandeelhouders weer vertrouwen geeft in de cijfers',
    ],
    baseRate: 1150,
  },
  {
    key: 'general',
    weight: 10,
    occupations: [
      'chief executive officer',
      'business manager',
      'strategic planning manager',
      'commercial director',
    ],
    core: [
      'assume responsibility for the management of a business',
      'develop company strategies',
      'make strategic business decisions',
      'lead managers of company departments',
      'negotiate with stakeholders',
      'shape corporate culture',
      'develop business plans',
    ],
    kinds: ['interim_ceo', 'turnaround', 'crisis_management', 'bridging_vacancy', 'restructuring'],
    sectors: [
      'healthcare',
      'manufacturing',
      'retail',
      'technology',
      'non_profit',
      'housing',
      'professional_services',
    ],
    headlines: [
      'Interim algemeen directeur | turnaround en cultuurverandering',
      'Interim CEO voor organisaties in zwaar weer',
      'Interim bestuurder met oog voor mens en resultaat',
      'Crisismanager en interim directeur',
    ],
    focus: [
      'een organisatie in zwaar weer koers, rust en perspectief geeft',
      'de brug slaat tussen raad van toezicht, management en medewerkers',
      'strategie vertaalt naar besluiten die de werkvloer begrijpt',
    ],
    baseRate: 1450,
  },
  {
    key: 'operations',
    weight: 9,
    occupations: [
      'chief operating officer',
      'operations manager',
      'lean manager',
      'manufacturing manager',
      'industrial production manager',
    ],
    core: [
      'lead process optimisation',
      'analyse business processes',
      'continuous improvement philosophies',
      'track key performance indicators',
      'manage staff',
      'apply change management',
      'lean manufacturing',
    ],
    kinds: ['interim_coo', 'turnaround', 'change_programme', 'recovery'],
    sectors: [
      'manufacturing',
      'logistics',
      'agriculture_food',
      'energy_utilities',
      'retail',
      'healthcare',
    ],
    headlines: [
      'Interim COO | operational excellence en lean',
      'Interim operationeel directeur voor productie en logistiek',
      'Verbetermanager: van brandjes blussen naar voorspelbare operatie',
      'Interim plantmanager met lean six sigma-achtergrond',
    ],
    focus: [
      'processen en teams zo inricht dat de operatie weer voorspelbaar levert',
      'met lean en continu verbeteren kosten en doorlooptijden omlaag brengt',
      'productielocaties door een verandering of opschaling leidt',
    ],
    baseRate: 1100,
  },
  {
    key: 'logistics',
    weight: 10,
    occupations: [
      'supply chain manager',
      'logistics and distribution manager',
      'warehouse manager',
      'intermodal logistics manager',
      'distribution manager',
    ],
    core: [
      'supply chain management',
      'analyse supply chain strategies',
      'warehouse operations',
      'develop efficiency plans for logistics operations',
      'manage inventory',
      'supplier management',
      'freight transport methods',
    ],
    kinds: [
      'interim_coo',
      'change_programme',
      'project_programme_management',
      'recovery',
      'turnaround',
    ],
    sectors: ['logistics', 'retail', 'manufacturing', 'agriculture_food'],
    headlines: [
      'Interim supply chain director',
      'Interim manager distributiecentra | warehousing en transport',
      'Logistiek turnaround manager',
      'Interim hoofd logistiek met WMS-implementatie-ervaring',
    ],
    focus: [
      'distributiecentra en transport weer laat presteren op service en kosten',
      'de keten van leverancier tot klant herontwerpt en implementeert',
      'warehouses door piekseizoenen, verhuizingen en systeemwissels loodst',
    ],
    baseRate: 1000,
  },
  {
    key: 'it',
    weight: 9,
    occupations: [
      'chief information officer',
      'ICT project manager',
      'chief technology officer',
      'chief data officer',
      'ICT operations manager',
    ],
    core: [
      'define technology strategy',
      'ICT project management methodologies',
      'implement ICT risk management',
      'information architecture',
      'coordinate technological activities',
      'manage ICT project',
      'implement corporate governance',
    ],
    kinds: ['interim_cio', 'project_programme_management', 'change_programme'],
    sectors: [
      'technology',
      'government',
      'healthcare',
      'financial_services',
      'education',
      'telecom_media',
    ],
    headlines: [
      'Interim CIO | informatievoorziening en digitale transformatie',
      'Interim IT-directeur voor publieke organisaties',
      'Programmamanager digitalisering en cloudmigratie',
      'Interim CIO met focus op informatiebeveiliging',
    ],
    focus: [
      'de informatievoorziening vernieuwt zonder dat de dienstverlening stilvalt',
      'IT-afdelingen omvormt tot een betrouwbare partner van de business',
      'grote systeemimplementaties op koers, in budget en veilig houdt',
    ],
    baseRate: 1150,
  },
  {
    key: 'hr',
    weight: 8,
    occupations: [
      'human resources manager',
      'labour relations officer',
      'corporate training manager',
      'equality and inclusion manager',
    ],
    core: [
      'human resource management',
      'employment law',
      'labour legislation',
      'negotiate employment agreements',
      'develop employee retention programs',
      'organise staff assessment',
      'outplacement',
    ],
    kinds: ['interim_hr', 'restructuring', 'change_programme'],
    sectors: [
      'healthcare',
      'government',
      'education',
      'manufacturing',
      'retail',
      'financial_services',
    ],
    headlines: [
      'Interim HR-directeur | reorganisaties en sociaal plan',
      'Interim HR-manager voor organisaties in verandering',
      'HR-interim manager met arbeidsrechtelijke bagage',
    ],
    focus: [
      'reorganisaties zorgvuldig en in overleg met de OR uitvoert',
      'HR-afdelingen professionaliseert en het verloop terugdringt',
      'sociaal plannen onderhandelt en mensen van werk naar werk begeleidt',
    ],
    baseRate: 950,
  },
  {
    key: 'programme',
    weight: 10,
    occupations: ['programme manager', 'project manager', 'business analyst', 'policy manager'],
    core: [
      'project management',
      'manage several projects',
      'perform resource planning',
      'perform risk analysis',
      'manage project information',
      'evaluate project plans',
      'business analysis',
      'strategic planning',
    ],
    kinds: ['project_programme_management', 'change_programme'],
    sectors: [
      'government',
      'healthcare',
      'housing',
      'energy_utilities',
      'education',
      'logistics',
      'financial_services',
    ],
    headlines: [
      'Programmamanager voor complexe veranderopgaven',
      'Interim programmamanager | van ambitie naar uitvoering',
      'Projectdirecteur met ervaring in publiek-private samenwerking',
      'Kwartiermaker en programmamanager',
    ],
    focus: [
      'complexe programma’s met veel partijen structureert en tot resultaat brengt',
      'als kwartiermaker nieuwe organisaties en samenwerkingen opbouwt',
      'ambities vertaalt naar een haalbare planning en heldere besluitvorming',
    ],
    baseRate: 975,
  },
  {
    key: 'healthcare',
    weight: 10,
    occupations: [
      'healthcare institution manager',
      'elderly home manager',
      'social services manager',
      'healthcare consultant',
    ],
    core: [
      'manage operations in healthcare institutions',
      'health care legislation',
      'manage healthcare staff',
      'implement policy in healthcare practices',
      'set quality assurance objectives',
      'health care system',
      'coordinate care',
    ],
    kinds: [
      'bridging_vacancy',
      'crisis_management',
      'turnaround',
      'change_programme',
      'interim_ceo',
    ],
    sectors: ['healthcare', 'non_profit', 'government'],
    headlines: [
      'Interim manager zorg | kwaliteit en continuïteit',
      'Interim bestuurder in de ouderenzorg',
      'Interim regiodirecteur zorg en welzijn',
      'Crisismanager zorg na inspectiebezoek',
    ],
    focus: [
      'zorglocaties na een kritisch inspectierapport weer op orde brengt',
      'kwaliteit van zorg en een gezonde bedrijfsvoering samen laat gaan',
      'teams in de zorg rust, richting en vertrouwen teruggeeft',
    ],
    baseRate: 1000,
  },
  {
    key: 'public',
    weight: 10,
    occupations: [
      'public administration manager',
      'policy manager',
      'public employment service manager',
      'social security administrator',
    ],
    core: [
      'manage government policy implementation',
      'government policy implementation',
      'liaise with politicians',
      'liaise with local authorities',
      'ensure cross-department cooperation',
      'policy analysis',
      'maintain relationships with government agencies',
    ],
    kinds: [
      'bridging_vacancy',
      'change_programme',
      'project_programme_management',
      'restructuring',
    ],
    sectors: ['government', 'education', 'housing', 'non_profit'],
    headlines: [
      'Interim directeur publieke sector | bestuurlijk sensitief',
      'Interim afdelingshoofd sociaal domein',
      'Interim manager gemeentelijke dienstverlening',
      'Interim gemeentesecretaris en directeur bedrijfsvoering',
    ],
    focus: [
      'gemeentelijke afdelingen in de driehoek van bestuur, ambtenaren en inwoners laat functioneren',
      'beleid omzet in uitvoering die inwoners merken',
      'na een bestuurlijke crisis de ambtelijke organisatie weer laat samenwerken',
    ],
    baseRate: 1025,
  },
  {
    key: 'procurement',
    weight: 5,
    occupations: [
      'purchasing manager',
      'procurement department manager',
      'procurement category specialist',
      'public procurement specialist',
    ],
    core: [
      'supplier management',
      'negotiate buying conditions',
      'manage contracts',
      'assess supplier risks',
      'coordinate purchasing activities',
      'identify suppliers',
    ],
    kinds: ['change_programme', 'project_programme_management', 'recovery'],
    sectors: ['government', 'healthcare', 'manufacturing', 'logistics', 'retail'],
    headlines: [
      'Interim inkoopmanager | aanbesteden en contractmanagement',
      'Interim hoofd inkoop voor publieke organisaties',
      'Inkoopprofessional voor besparingsprogramma’s',
    ],
    focus: [
      'inkoop en contractmanagement professionaliseert en aanbestedingen rechtmatig maakt',
      'leveranciers scherp houdt en besparingen realiseert zonder kwaliteitsverlies',
    ],
    baseRate: 900,
  },
  {
    key: 'risk',
    weight: 3,
    occupations: ['corporate risk manager', 'financial risk manager', 'security manager'],
    core: [
      'risk management',
      'apply crisis management',
      'enterprise risk management',
      'define risk policies',
      'implement corporate governance',
      'assess risk factors',
    ],
    kinds: ['crisis_management', 'recovery', 'restructuring'],
    sectors: ['financial_services', 'energy_utilities', 'government', 'healthcare'],
    headlines: [
      'Interim risk manager | governance en compliance',
      'Crisismanager voor incidenten en herstel',
    ],
    focus: [
      'risicobeheersing en governance inricht na incidenten of toezichtsbevindingen',
      'organisaties door een crisis leidt en het herstel borgt',
    ],
    baseRate: 1150,
  },
  {
    key: 'sustainability',
    weight: 2,
    occupations: ['energy manager', 'sustainability manager', 'renewable energy consultant'],
    core: [
      'develop energy policy',
      'energy efficiency',
      'advise on sustainable management policies',
      'corporate social responsibility',
      'promote sustainable energy',
    ],
    kinds: ['change_programme', 'project_programme_management'],
    sectors: ['energy_utilities', 'housing', 'manufacturing', 'government'],
    headlines: [
      'Interim programmamanager energietransitie',
      'Kwartiermaker duurzaamheid en verduurzaming vastgoed',
    ],
    focus: [
      'verduurzamingsambities omzet in concrete programma’s en investeringen',
      'de energietransitie in gebouwen en bedrijfsvoering organiseert',
    ],
    baseRate: 950,
  },
];

export function archetype(key: ArchetypeKey): Archetype {
  const found = ARCHETYPES.find((a) => a.key === key);
  if (!found) throw new Error(`Unknown archetype ${key}`);
  return found;
}
