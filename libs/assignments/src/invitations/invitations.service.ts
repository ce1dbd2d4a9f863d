import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser, OrganisationAccessService } from '@gilde/identity';
import { EVENTS, apiError, appendToOutbox, notFound, sql, transitionRefused } from '@gilde/kernel';
import { AssignmentErrors } from '../assignments.errors';
import { AssignmentsReader } from '../assignments/assignments.reader';
import { AssignmentInvitationView, InviteInterimDto } from '../dto/invitation.dto';
import { RespondentFacts } from '../responses/respondent-facts';

/** A hiring manager asks one interim manager to respond to a published assignment. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly assignments: AssignmentsReader,
    private readonly respondents: RespondentFacts,
  ) {}

  async invite(
    user: AuthUser,
    assignmentId: string,
    dto: InviteInterimDto,
  ): Promise<AssignmentInvitationView> {
    const assignment = await this.assignments.get(assignmentId);
    if (!assignment) throw notFound('Assignment');
    await this.access.require(user, assignment.organisationId, ['hiring_manager'], 'Assignment');
    if (assignment.status !== 'published') {
      throw transitionRefused('assignment', 'invite interim managers to', assignment.status);
    }
    // A hidden profile cannot be discovered by inviting it: anything not invitable is a 404.
    if (!(await this.respondents.invitable(dto.interimId))) throw notFound('Interim manager');

    return this.dataSource.transaction(async (manager) => {
      // Closing the assignment at the same moment must not let an invitation slip in.
      const db = sql(manager);
      const locked = await db
        .selectFrom('assignments')
        .select('status')
        .where('id', '=', assignmentId)
        .forShare()
        .executeTakeFirst();
      if (!locked) throw notFound('Assignment');
      if (locked.status !== 'published') {
        throw transitionRefused('assignment', 'invite interim managers to', locked.status);
      }
      // The unique index decides "once", also for two invitations racing each other.
      const saved = await db
        .insertInto('assignmentInvitations')
        .values({
          assignmentId,
          interimId: dto.interimId,
          invitedBy: user.id,
          message: dto.message?.trim() || null,
        })
        .onConflict((oc) => oc.columns(['assignmentId', 'interimId']).doNothing())
        .returning(['id', 'message', 'createdAt'])
        .executeTakeFirst();
      if (!saved) {
        throw apiError(
          409,
          AssignmentErrors.already_invited,
          'This interim manager was already invited to this assignment.',
        );
      }
      await appendToOutbox(manager, {
        eventType: EVENTS.assignmentInvitationSent,
        tenantId: assignment.organisationId,
        aggregateType: 'assignment_invitation',
        aggregateId: saved.id,
        payload: {
          invitationId: saved.id,
          assignmentId,
          interimId: dto.interimId,
          actorId: user.id,
        },
      });
      return {
        id: saved.id,
        assignmentId,
        interimId: dto.interimId,
        message: saved.message,
        createdAt: saved.createdAt.toISOString(),
      };
    });
  }
}
