import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApiException, appendToOutbox, notFound, transitionRefused } from '@gilde/kernel';
import { AssignmentErrors } from '../assignments.errors';
import { todayIn } from '../common/calendar-date';
import { AssignmentSkill } from '../entities/assignment-skill.entity';
import { Assignment } from '../entities/assignment.entity';
import { missingFieldsForPublication } from './assignment-completeness';
import {
  ASSIGNMENT_TRANSITIONS,
  AssignmentAction,
  nextAssignmentStatus,
} from './assignment-state-machine';

/**
 * Moves an assignment through its one state machine and writes the matching outbox event, in
 * the caller's transaction. The row is locked first, so two transitions never interleave.
 * `actorId` is the user who caused the change (null for a system job); the event carries it
 * so the audit trail can name them.
 */
@Injectable()
export class AssignmentLifecycleService {
  async apply(
    manager: EntityManager,
    assignmentId: string,
    action: AssignmentAction,
    actorId: string | null,
  ): Promise<Assignment> {
    const row = await manager.findOne(Assignment, {
      where: { id: assignmentId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw notFound('Assignment');
    const next = nextAssignmentStatus(row.status, action);
    if (!next) throw transitionRefused('assignment', action, row.status);

    if (next === 'published') {
      const skills = await manager.find(AssignmentSkill, { where: { assignmentId } });
      const missing = missingFieldsForPublication({ ...row, requiredSkills: skills }, todayIn());
      if (missing.length) {
        throw new ApiException(
          400,
          AssignmentErrors.assignment_incomplete,
          missing.map((m) => `The assignment is not ready to ${action}: ${m.message}.`),
          { fields: missing },
        );
      }
    }

    const now = new Date();
    const changes: Partial<Assignment> = { status: next, version: row.version + 1 };
    switch (action) {
      case 'publish':
      case 'reopen':
        changes.publishedAt = now;
        changes.closedAt = null;
        break;
      case 'close':
        changes.closedAt = now;
        break;
      case 'fill':
        changes.filledAt = now;
        break;
    }
    await manager.update(Assignment, { id: assignmentId }, changes);
    await appendToOutbox(manager, {
      eventType: ASSIGNMENT_TRANSITIONS[action].event,
      tenantId: row.organisationId,
      aggregateType: 'assignment',
      aggregateId: assignmentId,
      payload: { assignmentId, version: row.version + 1, actorId },
    });
    return { ...row, ...changes };
  }

  /**
   * For contracts, once a contract for the selected response is signed: published (or closed)
   * → filled, with `assignment.filled`. Call it inside your transaction with the user who
   * signed; a refused transition throws 409 naming the current state.
   */
  markFilled(
    manager: EntityManager,
    assignmentId: string,
    actorId: string | null,
  ): Promise<Assignment> {
    return this.apply(manager, assignmentId, 'fill', actorId);
  }
}
