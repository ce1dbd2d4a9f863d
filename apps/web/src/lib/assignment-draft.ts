/** An assignment being edited: the form draft, its field paths and its request bodies. */
import type { Schemas } from '../api/client';
import type { AssignmentKind, Sector } from './catalogue';

export type Assignment = Schemas['AssignmentView'];
export type Body = Schemas['CreateAssignmentDto'];

export interface SkillRow {
  name: string;
  weight: number;
  mustHave: boolean;
}

export interface Draft {
  title: string;
  description: string;
  assignmentKind: AssignmentKind | '';
  sector: Sector | '';
  requiredSkills: SkillRow[];
  languages: string[];
  city: string;
  country: string;
  remoteShare: number;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  maxDayRate: string;
}

export const EMPTY: Draft = {
  title: '',
  description: '',
  assignmentKind: '',
  sector: '',
  requiredSkills: [],
  languages: ['nl'],
  city: '',
  country: 'NL',
  remoteShare: 20,
  startDate: '',
  endDate: '',
  hoursPerWeek: '32',
  maxDayRate: '',
};

export const FIELDS = [
  'title',
  'description',
  'assignmentKind',
  'sector',
  'requiredSkills',
  'languages',
  'location',
  'remoteShare',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'maxDayRate',
] as const;

export function fromAssignment(a: Assignment): Draft {
  return {
    title: a.title,
    description: a.description,
    assignmentKind: a.assignmentKind ?? '',
    sector: a.sector ?? '',
    requiredSkills: a.requiredSkills.map((s) => ({
      name: s.name,
      weight: s.weight,
      mustHave: s.mustHave,
    })),
    languages: a.languages,
    city: a.location.city ?? '',
    country: a.location.country ?? '',
    remoteShare: a.remoteShare,
    startDate: a.startDate ?? '',
    endDate: a.endDate ?? '',
    hoursPerWeek: a.hoursPerWeek === null ? '' : String(a.hoursPerWeek),
    maxDayRate: a.maxDayRate === null ? '' : String(a.maxDayRate),
  };
}

/** The request body: empty optional fields are left out so a draft can be saved incomplete. */
export function toBody(d: Draft): Omit<Body, 'organisationId'> {
  const body: Omit<Body, 'organisationId'> = {
    title: d.title.trim(),
    description: d.description.trim() || undefined,
    requiredSkills: d.requiredSkills,
    languages: d.languages,
    remoteShare: d.remoteShare,
    location: {
      ...(d.city.trim() ? { city: d.city.trim() } : {}),
      ...(d.country.trim() ? { country: d.country.trim().toUpperCase() } : {}),
    },
  };
  if (d.assignmentKind) body.assignmentKind = d.assignmentKind;
  if (d.sector) body.sector = d.sector;
  if (d.startDate) body.startDate = d.startDate;
  if (d.endDate) body.endDate = d.endDate;
  if (d.hoursPerWeek.trim()) body.hoursPerWeek = Number(d.hoursPerWeek);
  if (d.maxDayRate.trim()) body.maxDayRate = Number(d.maxDayRate);
  return body;
}

/** Only what changed, so editing a published assignment touches no locked fields. */
export function changedFields(before: Draft, after: Draft): Partial<Omit<Body, 'organisationId'>> {
  const a = toBody(before) as Record<string, unknown>;
  const b = toBody(after) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(b)) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out[key] = b[key];
  }
  return out;
}

/** How often the API lets a published budget change (MAX_BUDGET_CHANGES in @gilde/assignments). */
export const MAX_BUDGET_CHANGES = 3;

/** Budget changes left for a published assignment; null for a new one or a draft (no limit). */
export function budgetChangesLeft(
  a: Pick<Assignment, 'status' | 'budgetChanges'> | undefined,
): number | null {
  if (!a || a.status === 'draft') return null;
  return Math.max(0, MAX_BUDGET_CHANGES - a.budgetChanges.length);
}

export type BudgetHint =
  | { kind: 'lockedByResponses' }
  | { kind: 'lockedByLimit' }
  | { kind: 'aboveCard'; cardMax: number }
  | { kind: 'card'; cardMax: number }
  | { kind: 'none' };

/**
 * What to say under the maximum day rate: why it is locked, else how it compares with the rate
 * card's line for the kind, else the general hint.
 */
export function budgetHint(
  lock: Assignment['maxDayRateLock'] | null,
  cardMax: number | null,
  maxDayRate: string,
): BudgetHint {
  if (lock === 'responses') return { kind: 'lockedByResponses' };
  if (lock === 'change_limit') return { kind: 'lockedByLimit' };
  if (cardMax === null) return { kind: 'none' };
  return Number(maxDayRate || 0) > cardMax
    ? { kind: 'aboveCard', cardMax }
    : { kind: 'card', cardMax };
}
