import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, EVENTS, apiError, appendToOutbox, notFound } from '@gilde/kernel';
import { IdentityErrors } from '../identity.errors';
import { AuthUser } from '../access/auth-user';
import { OrganisationAccess } from '../access/organisation-access.service';
import { TokenService } from '../auth/token.service';
import {
  CreateInvitationDto,
  CreateOrganisationDto,
  InvitationView,
  MeView,
  OrganisationView,
} from '../dto/organisation.dto';
import { Invitation } from '../entities/invitation.entity';
import { Membership, OrganisationRole } from '../entities/membership.entity';
import { Organisation } from '../entities/organisation.entity';
import { normaliseEmail } from '../users/users.service';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async me(user: AuthUser): Promise<MeView> {
    const rows: { organisation_id: string; name: string; roles: OrganisationRole[] }[] =
      await this.dataSource.query(
        `SELECT m.organisation_id, o.name, m.roles FROM memberships m
         JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 ORDER BY o.name, o.id`,
        [user.id],
      );
    return {
      ...user,
      memberships: rows.map((r) => ({
        organisationId: r.organisation_id,
        organisationName: r.name,
        roles: r.roles,
      })),
    };
  }

  async create(user: AuthUser, dto: CreateOrganisationDto): Promise<OrganisationView> {
    return this.dataSource.transaction(async (manager) => {
      const org = await manager.save(
        manager.create(Organisation, {
          name: dto.name.trim(),
          kvkNumber: dto.kvkNumber ?? null,
          createdBy: user.id,
        }),
      );
      const roles: OrganisationRole[] = ['admin', 'hiring_manager'];
      await manager.insert(Membership, { organisationId: org.id, userId: user.id, roles });
      return { id: org.id, name: org.name, kvkNumber: org.kvkNumber, roles };
    });
  }

  async invite(
    user: AuthUser,
    organisationId: string,
    dto: CreateInvitationDto,
  ): Promise<InvitationView> {
    await this.access.require(user, organisationId, ['admin']);
    const expiresAt = new Date(Date.now() + this.config.auth.invitationTtlHours * 3600_000);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.save(
        manager.create(Invitation, {
          organisationId,
          email: normaliseEmail(dto.email),
          role: dto.role,
          invitedBy: user.id,
          expiresAt,
        }),
      );
      await appendToOutbox(manager, {
        eventType: EVENTS.invitationCreated,
        tenantId: organisationId,
        aggregateType: 'invitation',
        aggregateId: invitation.id,
      });
      return {
        id: invitation.id,
        token: this.tokens.invitationToken(invitation.id),
        email: invitation.email,
        role: invitation.role,
        expiresAt: expiresAt.toISOString(),
      };
    });
  }

  /** Joins the invitation's organisation; a token works once, before it expires, for its own e-mail. */
  async accept(user: AuthUser, token: string): Promise<OrganisationView> {
    const id = this.tokens.verifyInvitationToken(token);
    if (!id) throw notFound('Invitation');
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw notFound('Invitation');
      if (invitation.acceptedAt) {
        throw apiError(409, IdentityErrors.invitation_used, 'This invitation was already used.');
      }
      if (invitation.expiresAt.getTime() <= Date.now()) {
        throw apiError(
          410,
          IdentityErrors.invitation_expired,
          'This invitation has expired; ask for a new one.',
        );
      }
      if (invitation.email !== user.email) {
        throw apiError(
          403,
          IdentityErrors.invitation_other_email,
          'This invitation was sent to another e-mail address.',
        );
      }
      await manager.update(Invitation, { id }, { acceptedAt: new Date(), acceptedBy: user.id });
      // The link reached this address (and it is the caller's): that proves the address.
      await manager.query(
        `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
        [user.id],
      );
      await manager.query(
        `INSERT INTO memberships (organisation_id, user_id, roles) VALUES ($1, $2, ARRAY[$3]::text[])
         ON CONFLICT (organisation_id, user_id) DO UPDATE
           SET roles = (SELECT array_agg(DISTINCT r) FROM unnest(memberships.roles || EXCLUDED.roles) r)`,
        [invitation.organisationId, user.id, invitation.role],
      );
      const org = await manager.findOneByOrFail(Organisation, { id: invitation.organisationId });
      const roles = await this.access.rolesOf(user.id, org.id, manager);
      return { id: org.id, name: org.name, kvkNumber: org.kvkNumber, roles };
    });
  }

  /** Used by the invitation e-mail job: everything needed to write the mail, by id. */
  async invitationForMail(invitationId: string): Promise<{
    email: string;
    role: OrganisationRole;
    organisationName: string;
    token: string;
    expiresAt: Date;
  } | null> {
    const rows: {
      email: string;
      role: OrganisationRole;
      name: string;
      expires_at: Date;
      accepted_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT i.email, i.role, o.name, i.expires_at, i.accepted_at FROM organisation_invitations i
           JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $1`,
      [invitationId],
    );
    const row = rows[0];
    if (!row || row.accepted_at || row.expires_at.getTime() <= Date.now()) return null;
    return {
      email: row.email,
      role: row.role,
      organisationName: row.name,
      token: this.tokens.invitationToken(invitationId),
      expiresAt: row.expires_at,
    };
  }
}
