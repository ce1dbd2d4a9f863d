import { apiError } from '@gilde/kernel';
import { AssignmentErrors } from '../assignments.errors';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentBudgetChangeView, MaxDayRateLock } from '../dto/assignment.dto';
import { AssignmentBudgetChange } from '../entities/assignment-budget-change.entity';

/**
 * How often the maximum day rate of a published assignment may change before the first response.
 * Each change re-matches (and may notify) every candidate, and moving the budget up and down
 * against the matches' "within budget" flag would reveal candidates' rates step by step.
 */
export const MAX_BUDGET_CHANGES = 3;

/** What members see about an assignment's budget: whether it can change, and its history. */
export interface BudgetFacts {
  maxDayRateLock: MaxDayRateLock | null;
  budgetChanges: AssignmentBudgetChangeView[];
}

const NO_FACTS: BudgetFacts = { maxDayRateLock: null, budgetChanges: [] };

/** The budget facts of the given assignments, in two queries whatever their number. */
export async function budgetFacts(
  db: DataSource | EntityManager,
  ids: readonly string[],
): Promise<Map<string, BudgetFacts>> {
  const out = new Map<string, BudgetFacts>();
  if (!ids.length) return out;
  // A response deleted by the retention schedule leaves an outcome: it was still answered.
  const responded: { id: string; responded: boolean }[] = await db.query(
    `SELECT a.id,
            EXISTS (SELECT 1 FROM responses r WHERE r.assignment_id = a.id)
            OR EXISTS (SELECT 1 FROM response_outcomes o WHERE o.assignment_id = a.id) AS responded
       FROM unnest($1::uuid[]) AS a(id)`,
    [ids],
  );
  const changes: {
    assignment_id: string;
    changed_at: Date;
    changed_by: string;
    display_name: string | null;
    from_max_day_rate: number | null;
    to_max_day_rate: number | null;
  }[] = await db.query(
    `SELECT c.assignment_id, c.changed_at, c.changed_by, u.display_name,
            c.from_max_day_rate, c.to_max_day_rate
       FROM assignment_budget_changes c LEFT JOIN users u ON u.id = c.changed_by
      WHERE c.assignment_id = ANY($1::uuid[])
      ORDER BY c.assignment_id, c.changed_at, c.id`,
    [ids],
  );
  for (const id of ids) out.set(id, { maxDayRateLock: null, budgetChanges: [] });
  for (const c of changes) {
    out.get(c.assignment_id)?.budgetChanges.push({
      at: c.changed_at.toISOString(),
      changedBy: c.changed_by,
      changedByName: c.display_name,
      fromMaxDayRate: c.from_max_day_rate,
      toMaxDayRate: c.to_max_day_rate,
    });
  }
  for (const r of responded) {
    const facts = out.get(r.id);
    if (!facts) continue;
    if (r.responded) facts.maxDayRateLock = 'responses';
    else if (facts.budgetChanges.length >= MAX_BUDGET_CHANGES) {
      facts.maxDayRateLock = 'change_limit';
    }
  }
  return out;
}

export function factsFor(facts: Map<string, BudgetFacts>, id: string): BudgetFacts {
  return facts.get(id) ?? NO_FACTS;
}

/**
 * Refuses a change of the maximum day rate once the assignment has a response (hiring managers
 * see each response's "within budget", so moving the budget would reveal proposed rates) or once
 * the budget changed MAX_BUDGET_CHANGES times. Call with the assignment row locked: responding
 * takes that lock too, so no response lands between this check and the change.
 */
export async function assertBudgetChangeable(
  manager: EntityManager,
  assignmentId: string,
): Promise<void> {
  const lock = factsFor(await budgetFacts(manager, [assignmentId]), assignmentId).maxDayRateLock;
  if (lock === 'responses') {
    throw apiError(
      409,
      AssignmentErrors.budget_locked,
      'Cannot change maxDayRate of this assignment: interim managers have responded, and ' +
        'their responses are judged against the budget they saw. Close it and post a new ' +
        'assignment for a different budget.',
    );
  }
  if (lock === 'change_limit') {
    throw apiError(
      409,
      AssignmentErrors.budget_change_limit,
      `Cannot change maxDayRate of this assignment: it has changed ${MAX_BUDGET_CHANGES} ` +
        'times since it was published, the most allowed. Close it and post a new assignment ' +
        'for a different budget.',
    );
  }
}

/** Records a change of a published (or closed) assignment's budget; answers its id. */
export async function recordBudgetChange(
  manager: EntityManager,
  change: Pick<
    AssignmentBudgetChange,
    'assignmentId' | 'organisationId' | 'changedBy' | 'fromMaxDayRate' | 'toMaxDayRate'
  >,
): Promise<string> {
  const saved = await manager.save(manager.create(AssignmentBudgetChange, change));
  return saved.id;
}
