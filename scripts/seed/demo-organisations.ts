import type { AssignmentKind, Sector } from '@gilde/taxonomy';
import type { DemoOrganisationKey } from './demo-accounts';

export interface DemoOrganisation {
  key: DemoOrganisationKey;
  name: string;
  kvkNumber: string;
  vatId: string;
  address: string;
  /** Where its assignments take place (a city the matching knows the distance to). */
  city: string;
  sector: Sector;
  rateCard: { assignmentKind: AssignmentKind; maxDayRate: number }[];
}

/** Three client organisations of the kinds Gilde is built for. Names are invented. */
export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'gemeente',
    name: 'Gemeente Gouwestad',
    kvkNumber: '99012345',
    vatId: 'NL009912345B01',
    address: 'Raadhuisplein 1, 2801 AA Gouda',
    city: 'Gouda',
    sector: 'government',
    rateCard: [
      { assignmentKind: 'interim_cfo', maxDayRate: 1300 },
      { assignmentKind: 'interim_cio', maxDayRate: 1300 },
      { assignmentKind: 'interim_hr', maxDayRate: 1150 },
      { assignmentKind: 'bridging_vacancy', maxDayRate: 1250 },
      { assignmentKind: 'change_programme', maxDayRate: 1150 },
      { assignmentKind: 'project_programme_management', maxDayRate: 1100 },
      { assignmentKind: 'restructuring', maxDayRate: 1200 },
    ],
  },
  {
    key: 'zorg',
    name: 'Zorggroep Eemvallei',
    kvkNumber: '99023456',
    vatId: 'NL009923456B01',
    address: 'Stadsring 150, 3811 HR Amersfoort',
    city: 'Amersfoort',
    sector: 'healthcare',
    rateCard: [
      { assignmentKind: 'interim_ceo', maxDayRate: 1750 },
      { assignmentKind: 'interim_cfo', maxDayRate: 1450 },
      { assignmentKind: 'bridging_vacancy', maxDayRate: 1100 },
      { assignmentKind: 'crisis_management', maxDayRate: 1400 },
      { assignmentKind: 'project_programme_management', maxDayRate: 1150 },
      { assignmentKind: 'turnaround', maxDayRate: 1450 },
    ],
  },
  {
    key: 'logistiek',
    name: 'Brinkhorst Logistiek B.V.',
    kvkNumber: '99034567',
    vatId: 'NL009934567B01',
    address: 'Ringbaan-Oost 300, 5013 CD Tilburg',
    city: 'Tilburg',
    sector: 'logistics',
    rateCard: [
      { assignmentKind: 'interim_coo', maxDayRate: 1350 },
      { assignmentKind: 'interim_cfo', maxDayRate: 1500 },
      { assignmentKind: 'turnaround', maxDayRate: 1400 },
      { assignmentKind: 'project_programme_management', maxDayRate: 1150 },
      { assignmentKind: 'change_programme', maxDayRate: 1200 },
      { assignmentKind: 'interim_hr', maxDayRate: 1100 },
    ],
  },
];
