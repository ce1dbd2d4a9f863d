import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sql as fragment } from 'kysely';
import { AppConfig, EVENTS, apiError, appendToOutbox, notFound, sql } from '@gilde/kernel';
import { IdentityErrors } from '../identity.errors';
import { AuthUser } from '../access/auth-user';
import { OrganisationAccessService } from '../access/organisation-access.service';
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
    private readonly access: OrganisationAccessService,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
  ) {}

  async me(user: AuthUser): Promise<MeView> {
    const rows = await sql(this.dataSource)
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisationId')
      .select(['m.organisationId', 'o.name', 'm.roles'])
      .where('m.userId', '=', user.id)
      .orderBy('o.name')
      .orderBy('o.id')
      .execute();
    return {
      ...user,
      memberships: rows.map((r) => ({
        organisationId: r.organisationId,
        organisationName: r.name,
        roles: r.roles as OrganisationRole[],
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
      const db = sql(manager);
      await db
        .updateTable('users')
        .set((eb) => ({ emailVerifiedAt: eb.fn.coalesce('emailVerifiedAt', eb.fn<Date>('now')) }))
        .where('id', '=', user.id)
        .execute();
      await db
        .insertInto('memberships')
        .values({
          organisationId: invitation.organisationId,
          userId: user.id,
          roles: [invitation.role],
        })
        .onConflict((oc) =>
          oc.columns(['organisationId', 'userId']).doUpdateSet({
            // The roles held and the invited one, each once.
            roles: fragment<string[]>`(SELECT array_agg(DISTINCT r)
                                         FROM unnest(memberships.roles || EXCLUDED.roles) r)`,
          }),
        )
        .execute();
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
    const row = await sql(this.dataSource)
      .selectFrom('organisationInvitations as i')
      .innerJoin('organisations as o', 'o.id', 'i.organisationId')
      .select(['i.email', 'i.role', 'o.name', 'i.expiresAt', 'i.acceptedAt'])
      .where('i.id', '=', invitationId)
      .executeTakeFirst();
    if (!row || row.acceptedAt || row.expiresAt.getTime() <= Date.now()) return null;
    return {
      email: row.email,
      role: row.role as OrganisationRole,
      organisationName: row.name,
      token: this.tokens.invitationToken(invitationId),
      expiresAt: row.expiresAt,
    };
  }
}
