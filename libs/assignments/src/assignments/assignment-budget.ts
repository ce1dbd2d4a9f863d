import { UserDirectory } from '@gilde/identity';
import { apiError, sql } from '@gilde/kernel';
import { AssignmentErrors } from '../assignments.errors';
import { EntityManager } from 'typeorm';
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

/** The budget facts of the given assignments, in three queries whatever their number. */
export async function budgetFacts(
  manager: EntityManager,
  ids: readonly string[],
  directory: UserDirectory,
): Promise<Map<string, BudgetFacts>> {
  const out = new Map<string, BudgetFacts>();
  if (!ids.length) return out;
  const [responded, changes] = await Promise.all([
    respondedTo(manager, ids),
    sql(manager)
      .selectFrom('assignmentBudgetChanges')
      .select(['assignmentId', 'changedAt', 'changedBy', 'fromMaxDayRate', 'toMaxDayRate'])
      .where('assignmentId', '=', (eb) => eb.fn.any(eb.val([...ids])))
      .orderBy('assignmentId')
      .orderBy('changedAt')
      .orderBy('id')
      .execute(),
  ]);
  const people = await directory.contacts(
    changes.map((c) => c.changedBy),
    manager,
  );
  for (const id of ids) out.set(id, { maxDayRateLock: null, budgetChanges: [] });
  for (const c of changes) {
    out.get(c.assignmentId)?.budgetChanges.push({
      at: c.changedAt.toISOString(),
      changedBy: c.changedBy,
      changedByName: people.get(c.changedBy)?.displayName ?? null,
      fromMaxDayRate: c.fromMaxDayRate,
      toMaxDayRate: c.toMaxDayRate,
    });
  }
  for (const [id, facts] of out)
    facts.maxDayRateLock = lockOf(responded.has(id), facts.budgetChanges.length);
  return out;
}

function lockOf(responded: boolean, changes: number): MaxDayRateLock | null {
  if (responded) return 'responses';
  return changes >= MAX_BUDGET_CHANGES ? 'change_limit' : null;
}

/**
 * The assignments among `ids` that were answered. A response deleted by the retention
 * schedule leaves an outcome: it was still answered.
 */
async function respondedTo(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  const db = sql(manager);
  const rows = await db
    .selectFrom('responses')
    .select('assignmentId')
    .where('assignmentId', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .union(
      db
        .selectFrom('responseOutcomes')
        .select('assignmentId')
        .where('assignmentId', '=', (eb) => eb.fn.any(eb.val([...ids]))),
    )
    .execute();
  return new Set(rows.map((r) => r.assignmentId));
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
  const changes = await sql(manager)
    .selectFrom('assignmentBudgetChanges')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('assignmentId', '=', assignmentId)
    .executeTakeFirstOrThrow();
  const responded = (await respondedTo(manager, [assignmentId])).has(assignmentId);
  const lock = lockOf(responded, Number(changes.n));
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
