import { EntityManager } from 'typeorm';
import { appendToOutbox, sql } from '@gilde/kernel';
import { RESPONSE_TRANSITIONS } from './response-state-machine';

/**
 * Withdraws every response of the interim manager that can still be withdrawn (an erased
 * account cannot still be shortlisted or selected), by the response lifecycle's own
 * transition, and tells the hiring managers through its usual event. The interim's own
 * request caused it: they are the actor. Answers how many were withdrawn.
 */
export async function withdrawOpenResponses(
  manager: EntityManager,
  interimId: string,
): Promise<number> {
  const { from, to, event } = RESPONSE_TRANSITIONS.withdraw;
  const withdrawn = await sql(manager)
    .updateTable('responses')
    .set((eb) => ({ status: to, updatedAt: eb.fn('now') }))
    .where('interimId', '=', interimId)
    .where('status', '=', (eb) => eb.fn.any(eb.val([...from])))
    .returning(['id', 'assignmentId', 'organisationId'])
    .execute();
  await appendToOutbox(
    manager,
    withdrawn.map((r) => ({
      eventType: event,
      tenantId: r.organisationId,
      aggregateType: 'response',
      aggregateId: r.id,
      payload: { responseId: r.id, assignmentId: r.assignmentId, interimId, actorId: interimId },
    })),
  );
  return withdrawn.length;
}
