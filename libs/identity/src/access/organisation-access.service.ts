import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { apiError, notFound } from '@gilde/kernel';
import { IdentityErrors } from '../identity.errors';
import { OrganisationRole } from '../entities/membership.entity';
import { AuthUser } from './auth-user';

/**
 * Organisation scoping for every route that names an organisation or one of its
 * objects. Non-members get 404 (no existence oracle); members without the role, 403.
 */
@Injectable()
export class OrganisationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rolesOf(
    userId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<OrganisationRole[]> {
    const rows: { roles: OrganisationRole[] }[] = await (manager ?? this.dataSource).query(
      `SELECT roles FROM memberships WHERE user_id = $1 AND organisation_id = $2`,
      [userId, organisationId],
    );
    return rows[0]?.roles ?? [];
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

  async organisationIdsOf(userId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await this.dataSource.query(
      `SELECT organisation_id FROM memberships WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.organisation_id);
  }
}
