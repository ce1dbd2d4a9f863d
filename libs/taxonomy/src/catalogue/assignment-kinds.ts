/** The kinds of interim assignment, a fixed list (documented in libs/taxonomy/README.md). */
export const ASSIGNMENT_KINDS = [
  'turnaround',
  'restructuring',
  'recovery',
  'crisis_management',
  'bridging_vacancy',
  'change_programme',
  'interim_ceo',
  'interim_cfo',
  'interim_coo',
  'interim_cio',
  'interim_hr',
  'project_programme_management',
] as const;

export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

export const ASSIGNMENT_KIND_LABELS: Readonly<Record<AssignmentKind, { en: string; nl: string }>> =
  {
    turnaround: { en: 'Turnaround', nl: 'Turnaround' },
    restructuring: { en: 'Restructuring', nl: 'Reorganisatie' },
    recovery: { en: 'Recovery', nl: 'Herstel' },
    crisis_management: { en: 'Crisis management', nl: 'Crisismanagement' },
    bridging_vacancy: { en: 'Bridging a vacancy', nl: 'Overbrugging vacature' },
    change_programme: { en: 'Change programme', nl: 'Veranderprogramma' },
    interim_ceo: { en: 'Interim CEO', nl: 'Interim-CEO / algemeen directeur' },
    interim_cfo: { en: 'Interim CFO', nl: 'Interim-CFO / financieel directeur' },
    interim_coo: { en: 'Interim COO', nl: 'Interim-COO / operationeel directeur' },
    interim_cio: { en: 'Interim CIO', nl: 'Interim-CIO / IT-directeur' },
    interim_hr: { en: 'Interim HR director', nl: 'Interim HR-directeur' },
    project_programme_management: {
      en: 'Project and programme management',
      nl: 'Project- en programmamanagement',
    },
  };

export function isAssignmentKind(value: unknown): value is AssignmentKind {
  return typeof value === 'string' && (ASSIGNMENT_KINDS as readonly string[]).includes(value);
}
