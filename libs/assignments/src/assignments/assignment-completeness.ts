import { isAssignmentKind, isSector } from '@gilde/taxonomy';

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
  const missing: string[] = [];
  if (!a.title.trim()) missing.push('title is required');
  if (!a.description.trim()) missing.push('description is required');
  if (!isAssignmentKind(a.assignmentKind)) missing.push('assignmentKind is required');
  if (!isSector(a.sector)) missing.push('sector is required');
  if (!a.requiredSkills.some((s) => s.mustHave)) {
    missing.push('requiredSkills needs at least one must-have skill');
  }
  if (!a.startDate) missing.push('startDate is required');
  else if (a.startDate <= today) missing.push(`startDate must be after today (${today})`);
  if (!a.endDate) missing.push('endDate is required');
  else if (a.startDate && a.endDate < a.startDate) {
    missing.push('endDate must not be before startDate');
  }
  if (a.hoursPerWeek === null) missing.push('hoursPerWeek is required');
  else if (a.hoursPerWeek < 1 || a.hoursPerWeek > 60) {
    missing.push('hoursPerWeek must be between 1 and 60');
  }
  if (a.maxDayRate === null || a.maxDayRate <= 0) {
    missing.push('maxDayRate is required and must be above 0');
  }
  return missing;
}
