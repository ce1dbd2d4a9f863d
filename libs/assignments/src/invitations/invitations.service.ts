import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser, OrganisationAccess } from '@gilde/identity';
import { EVENTS, apiError, appendToOutbox, notFound, transitionRefused } from '@gilde/kernel';
import { AssignmentErrors } from '../assignments.errors';
import { AssignmentsReader } from '../assignments/assignments.reader';
import { AssignmentInvitationView, InviteInterimDto } from '../dto/invitation.dto';

/** A hiring manager asks one interim manager to respond to a published assignment. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
    private readonly assignments: AssignmentsReader,
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
    if (!(await this.isInvitable(dto.interimId))) throw notFound('Interim manager');

    return this.dataSource.transaction(async (manager) => {
      // Closing the assignment at the same moment must not let an invitation slip in.
      const [locked]: { status: string }[] = await manager.query(
        `SELECT status FROM assignments WHERE id = $1 FOR SHARE`,
        [assignmentId],
      );
      if (!locked) throw notFound('Assignment');
      if (locked.status !== 'published') {
        throw transitionRefused('assignment', 'invite interim managers to', locked.status);
      }
      // The unique index decides "once", also for two invitations racing each other.
      const [saved]: { id: string; message: string | null; created_at: Date }[] =
        await manager.query(
          `INSERT INTO assignment_invitations (assignment_id, interim_id, invited_by, message)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (assignment_id, interim_id) DO NOTHING
         RETURNING id, message, created_at`,
          [assignmentId, dto.interimId, user.id, dto.message?.trim() || null],
        );
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
        createdAt: saved.created_at.toISOString(),
      };
    });
  }

  /**
   * An interim account that is not erased and has a profile that is not hidden. Anything else
   * answers 404, so a hidden profile cannot be discovered by inviting it.
   */
  private async isInvitable(interimId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM users u JOIN interim_profiles p ON p.user_id = u.id
        WHERE u.id = $1 AND u.account_type = 'interim' AND u.erased_at IS NULL
          AND p.visibility <> 'hidden'`,
      [interimId],
    );
    return rows.length > 0;
  }
}
