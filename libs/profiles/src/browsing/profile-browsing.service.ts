import { Injectable } from '@nestjs/common';
import { AuthUser, OrganisationAccessService } from '@gilde/identity';
import { calendarToday } from '../credentials/credential-status';
import { ContactAccess, Relationship } from '../profiles/contact-access';
import { ClientQuotasService } from './client-quotas.service';
import { ProfileViewsService } from './profile-views.service';

/**
 * The rules for client users browsing interim profiles (search and profile reads): members of
 * an organisation only, within their quotas, and every opened profile recorded for the
 * interim to see.
 */
@Injectable()
export class ProfileBrowsingService {
  constructor(
    private readonly access: OrganisationAccessService,
    private readonly quotas: ClientQuotasService,
    private readonly views: ProfileViewsService,
    private readonly contactAccess: ContactAccess,
  ) {}

  /**
   * 403 without an organisation; answers the caller's organisations, first joined first.
   * Platform admins (who verify credentials and moderate) read profiles as the platform, not
   * for an organisation: none is answered, and they have no quota.
   */
  requireMember(user: AuthUser): Promise<string[]> {
    if (user.isPlatformAdmin) return Promise.resolve([]);
    return this.access.requireMembership(user);
  }

  /** Before a search: a member (403), within the search quota (429). */
  async admitSearch(user: AuthUser): Promise<void> {
    await this.requireMember(user);
    if (!user.isPlatformAdmin) await this.quotas.chargeSearch(user.id);
  }

  /**
   * Before showing a visible profile to a member: counts it against the daily quota unless one
   * of the caller's organisations already has a relationship with the interim (429, and then
   * nothing is recorded), and records the view for the caller's first organisation.
   */
  async admitProfileView(
    user: AuthUser,
    organisationIds: string[],
    interimId: string,
  ): Promise<Relationship> {
    // The platform reads for no organisation: no relationship, nothing to count or record.
    if (!organisationIds.length) return { related: false, contactable: false };
    const now = new Date();
    const day = calendarToday(now);
    const relationship = await this.contactAccess.relationshipWith(interimId, organisationIds);
    if (!relationship.related) await this.quotas.chargeProfileView(user.id, interimId, day, now);
    await this.views.record(user.id, organisationIds[0], interimId, day);
    return relationship;
  }
}
