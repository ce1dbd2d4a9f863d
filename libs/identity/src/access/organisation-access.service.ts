import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { apiError, notFound, sql } from '@gilde/kernel';
import { IdentityErrors } from '../identity.errors';
import { OrganisationRole } from '../entities/membership.entity';
import { AuthUser } from './auth-user';

export const MEMBERSHIP_REQUIRED =
  'Interim profiles are shown to members of a client organisation. Create your organisation ' +
  '(POST /api/v1/organisations) or accept an invitation from a colleague first.';

/**
 * Organisation scoping for every route that names an organisation or one of its
 * objects. Non-members get 404 (no existence oracle); members without the role, 403.
 */
@Injectable()
export class OrganisationAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rolesOf(
    userId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<OrganisationRole[]> {
    const row = await sql(manager ?? this.dataSource)
      .selectFrom('memberships')
      .select('roles')
      .where('userId', '=', userId)
      .where('organisationId', '=', organisationId)
      .executeTakeFirst();
    return (row?.roles ?? []) as OrganisationRole[];
  }

  /** Throws 404 unless the user is a member; 403 unless they hold one of `roles` (when given). */
  async require(
    user: AuthUser,
    organisationId: string,
    roles: OrganisationRole[] = [],
    what = 'Organisation',
    manager?: EntityManager,
  ): Promise<OrganisationRole[]> {
    const held =
      user.accountType === 'client' ? await this.rolesOf(user.id, organisationId, manager) : [];
    if (!held.length) throw notFound(what);
    if (roles.length && !roles.some((r) => held.includes(r))) {
      throw apiError(
        403,
        IdentityErrors.organisation_role_required,
        `This needs the ${roles.join(' or ')} role in the organisation.`,
      );
    }
    return held;
  }

  /**
   * Interim profiles are shown to client users only as members of an organisation, so every
   * view and search is attributable to one. This is the one place that decides what counts as
   * such a membership (e-mail verification will be required here too). Answers the caller's
   * organisations, the one joined first first; 403 for a client user without any.
   */
  async requireMembership(user: AuthUser): Promise<string[]> {
    const rows =
      user.accountType === 'client'
        ? await sql(this.dataSource)
            .selectFrom('memberships')
            .select('organisationId')
            .where('userId', '=', user.id)
            .orderBy('createdAt')
            .orderBy('organisationId')
            .execute()
        : [];
    if (!rows.length) throw apiError(403, IdentityErrors.membership_required, MEMBERSHIP_REQUIRED);
    return rows.map((r) => r.organisationId);
  }

  async organisationIdsOf(userId: string): Promise<string[]> {
    const rows = await sql(this.dataSource)
      .selectFrom('memberships')
      .select('organisationId')
      .where('userId', '=', userId)
      .execute();
    return rows.map((r) => r.organisationId);
  }
}
