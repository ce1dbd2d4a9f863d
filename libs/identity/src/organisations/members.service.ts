import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { apiError, notFound, sql } from '@gilde/kernel';
import { AuthUser } from '../access/auth-user';
import { OrganisationAccessService } from '../access/organisation-access.service';
import { MemberView, PendingInvitationView } from '../dto/members.dto';
import { OrganisationRole } from '../entities/membership.entity';
import { IdentityErrors } from '../identity.errors';
import { MembershipAnnouncements } from './membership-ended';

/**
 * An organisation's people: its members and roles, and the invitations still open. The
 * organisation always keeps an admin. What a member made (assignments, drafts, contracts)
 * belongs to the organisation and stays when they go; their access ends with the membership.
 */
@Injectable()
export class MembersService {
  private readonly logger = new Logger('Security');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly announcements: MembershipAnnouncements,
  ) {}

  async list(user: AuthUser, organisationId: string): Promise<MemberView[]> {
    await this.access.require(user, organisationId);
    const rows = await sql(this.dataSource)
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.userId')
      .select(['m.userId', 'u.displayName', 'u.email', 'm.roles', 'm.createdAt'])
      .where('m.organisationId', '=', organisationId)
      .orderBy('u.displayName')
      .orderBy('m.userId')
      .execute();
    return rows.map((r) => ({
      userId: r.userId,
      displayName: r.displayName,
      email: r.email ?? '',
      roles: r.roles as OrganisationRole[],
      joinedAt: new Date(r.createdAt).toISOString(),
    }));
  }

  async changeRoles(
    user: AuthUser,
    organisationId: string,
    memberId: string,
    roles: OrganisationRole[],
  ): Promise<MemberView> {
    await this.access.require(user, organisationId, ['admin']);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockMembers(manager, organisationId);
      if (!current.has(memberId)) throw notFound('Member');
      if (!roles.includes('admin')) this.keepAnAdmin(current, memberId);
      await sql(manager)
        .updateTable('memberships')
        .set({ roles })
        .where('organisationId', '=', organisationId)
        .where('userId', '=', memberId)
        .execute();
    });
    this.logger.log(
      { event: 'organisation.member_roles_changed', organisationId, memberId, roles, by: user.id },
      'Member roles changed',
    );
    const member = (await this.list(user, organisationId)).find((m) => m.userId === memberId);
    if (!member) throw notFound('Member');
    return member;
  }

  /** An admin removes a member, or a member leaves (memberId is the caller). */
  async remove(user: AuthUser, organisationId: string, memberId: string): Promise<void> {
    await this.access.require(user, organisationId, memberId === user.id ? [] : ['admin']);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockMembers(manager, organisationId);
      if (!current.has(memberId)) throw notFound('Member');
      this.keepAnAdmin(current, memberId);
      await sql(manager)
        .deleteFrom('memberships')
        .where('organisationId', '=', organisationId)
        .where('userId', '=', memberId)
        .execute();
    });
    this.logger.log(
      { event: 'organisation.member_removed', organisationId, memberId, by: user.id },
      memberId === user.id ? 'Member left the organisation' : 'Member removed',
    );
    await this.announcements.ended({ userId: memberId, organisationId });
  }

  /** Invitations not yet accepted and not expired, newest first. */
  async pendingInvitations(
    user: AuthUser,
    organisationId: string,
  ): Promise<PendingInvitationView[]> {
    await this.access.require(user, organisationId, ['admin']);
    const rows = await sql(this.dataSource)
      .selectFrom('organisationInvitations as i')
      .leftJoin('users as u', (join) =>
        join.onRef('u.id', '=', 'i.invitedBy').on('u.erasedAt', 'is', null),
      )
      .select(['i.id', 'i.email', 'i.role', 'u.displayName', 'i.createdAt', 'i.expiresAt'])
      .where('i.organisationId', '=', organisationId)
      .where('i.acceptedAt', 'is', null)
      .where('i.expiresAt', '>', new Date())
      .orderBy('i.createdAt', 'desc')
      .orderBy('i.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role as OrganisationRole,
      invitedByName: r.displayName,
      createdAt: new Date(r.createdAt).toISOString(),
      expiresAt: new Date(r.expiresAt).toISOString(),
    }));
  }

  /** The invitation goes; its link answers 404 from then on. An accepted one is a member now. */
  async revokeInvitation(user: AuthUser, organisationId: string, invitationId: string) {
    await this.access.require(user, organisationId, ['admin']);
    await this.dataSource.transaction(async (manager) => {
      const invitation = await sql(manager)
        .selectFrom('organisationInvitations')
        .select(['acceptedAt'])
        .where('id', '=', invitationId)
        .where('organisationId', '=', organisationId)
        .forUpdate()
        .executeTakeFirst();
      if (!invitation) throw notFound('Invitation');
      if (invitation.acceptedAt) {
        throw apiError(
          409,
          IdentityErrors.invitation_used,
          'This invitation was already accepted; remove the member instead.',
        );
      }
      await sql(manager)
        .deleteFrom('organisationInvitations')
        .where('id', '=', invitationId)
        .execute();
    });
  }

  /**
   * Refuses (409 `last_admin`) while the person is the only admin of an organisation: erasing
   * the account would leave it without one. Call inside the transaction that ends the account.
   */
  async ensureNotSoleAdmin(manager: EntityManager, userId: string): Promise<void> {
    const administered = await sql(manager)
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisationId')
      .select(['o.id', 'o.name'])
      .where('m.userId', '=', userId)
      .where(({ eb }) => eb(eb.val('admin'), '=', eb.fn.any('m.roles')))
      .orderBy('o.id')
      .execute();
    const alone: string[] = [];
    for (const org of administered) {
      const members = await this.lockMembers(manager, org.id);
      if (!otherAdmins(members, userId).length) alone.push(org.name);
    }
    if (alone.length) {
      throw apiError(
        409,
        IdentityErrors.last_admin,
        `You are the only admin of ${alone.join(', ')}: make another member admin first.`,
      );
    }
  }

  /**
   * The organisation's memberships, with the organisation row locked: two admins demoting or
   * removing each other at once are decided one after the other, so one admin always remains.
   */
  private async lockMembers(
    manager: EntityManager,
    organisationId: string,
  ): Promise<Map<string, OrganisationRole[]>> {
    await sql(manager)
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', organisationId)
      .forUpdate()
      .execute();
    const rows = await sql(manager)
      .selectFrom('memberships')
      .select(['userId', 'roles'])
      .where('organisationId', '=', organisationId)
      .execute();
    return new Map(rows.map((r) => [r.userId, r.roles as OrganisationRole[]]));
  }

  private keepAnAdmin(members: Map<string, OrganisationRole[]>, leaving: string): void {
    if (members.get(leaving)?.includes('admin') && !otherAdmins(members, leaving).length) {
      throw apiError(
        409,
        IdentityErrors.last_admin,
        'The organisation would be left without an admin: make another member admin first.',
      );
    }
  }
}

function otherAdmins(members: Map<string, OrganisationRole[]>, except: string): string[] {
  return [...members]
    .filter(([id, roles]) => id !== except && roles.includes('admin'))
    .map(([id]) => id);
}
