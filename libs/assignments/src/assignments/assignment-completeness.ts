import type { FieldError } from '@gilde/kernel';
import { isAssignmentKind, isSector } from '@gilde/taxonomy';
import { AssignmentFieldCodes } from '../assignments.errors';

/** What publication needs to know about an assignment. */
export interface PublishableFields {
  title: string;
  description: string;
  assignmentKind: string | null;
  sector: string | null;
  startDate: string | null;
  endDate: string | null;
  hoursPerWeek: number | null;
  maxDayRate: number | null;
  requiredSkills: readonly { mustHave: boolean }[];
}

/**
 * Everything that stops an assignment from being published, as messages a hiring manager can act
 * on; empty when it is complete. `today` is a YYYY-MM-DD date: the start must be after it.
 */
export function missingForPublication(a: PublishableFields, today: string): string[] {
  return missingFieldsForPublication(a, today).map((m) => m.message);
}

/** The same, per field: `{field, code, message}` for a form to show next to the field. */
export function missingFieldsForPublication(a: PublishableFields, today: string): FieldError[] {
  const missing: FieldError[] = [];
  const add = (field: string, code: string, message: string) =>
    missing.push({ field, code, message });
  if (!a.title.trim()) add('title', 'required', 'title is required');
  if (!a.description.trim()) add('description', 'required', 'description is required');
  if (!isAssignmentKind(a.assignmentKind)) {
    add('assignmentKind', 'required', 'assignmentKind is required');
  }
  if (!isSector(a.sector)) add('sector', 'required', 'sector is required');
  if (!a.requiredSkills.some((s) => s.mustHave)) {
    add(
      'requiredSkills',
      AssignmentFieldCodes.must_have_skill_required,
      'requiredSkills needs at least one must-have skill',
    );
  }
  if (!a.startDate) add('startDate', 'required', 'startDate is required');
  else if (a.startDate <= today) {
    add(
      'startDate',
      AssignmentFieldCodes.not_in_future,
      `startDate must be after today (${today})`,
    );
  }
  if (!a.endDate) add('endDate', 'required', 'endDate is required');
  else if (a.startDate && a.endDate < a.startDate) {
    add('endDate', AssignmentFieldCodes.before_start, 'endDate must not be before startDate');
  }
  if (a.hoursPerWeek === null) add('hoursPerWeek', 'required', 'hoursPerWeek is required');
  else if (a.hoursPerWeek < 1 || a.hoursPerWeek > 60) {
    add(
      'hoursPerWeek',
      a.hoursPerWeek < 1 ? 'too_small' : 'too_large',
      'hoursPerWeek must be between 1 and 60',
    );
  }
  if (a.maxDayRate === null || a.maxDayRate <= 0) {
    add(
      'maxDayRate',
      a.maxDayRate === null ? 'required' : 'too_small',
      'maxDayRate is required and must be above 0',
    );
  }
  return missing;
}
