import { AssignmentView, PublishedAssignmentView } from '../dto/assignment.dto';
import { BudgetFacts } from './assignment-budget';
import { AssignmentRecord } from './assignments.reader';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** The posting as interim managers see it; built field by field so nothing else leaks out. */
export function toPublishedAssignmentView(r: AssignmentRecord): PublishedAssignmentView {
  return {
    id: r.id,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    title: r.title,
    description: r.description,
    assignmentKind: r.assignmentKind,
    sector: r.sector,
    requiredSkills: r.requiredSkills.map((s) => ({
      skillId: s.skillId,
      name: s.name,
      weight: s.weight,
      mustHave: s.mustHave,
    })),
    languages: [...r.languages],
    location: { city: r.city, country: r.country },
    remoteShare: r.remoteShare,
    startDate: r.startDate,
    endDate: r.endDate,
    hoursPerWeek: r.hoursPerWeek,
    maxDayRate: r.maxDayRate,
    status: r.status,
    publishedAt: iso(r.publishedAt),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The assignment as members of its organisation see it, with its budget's lock and history. */
export function toAssignmentView(r: AssignmentRecord, budget: BudgetFacts): AssignmentView {
  return {
    ...toPublishedAssignmentView(r),
    createdBy: r.createdBy,
    closedAt: iso(r.closedAt),
    filledAt: iso(r.filledAt),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    maxDayRateLock: budget.maxDayRateLock,
    budgetChanges: budget.budgetChanges,
  };
}
