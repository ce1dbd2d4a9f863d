import { Module } from '@nestjs/common';
import { ResponseRelations } from '@gilde/assignments';
import { IdentityModule, UserDirectory } from '@gilde/identity';
import { ContactAccess } from '../profiles/contact-access';
import { ClientQuotas } from './client-quotas.service';
import { ProfileBrowsing } from './profile-browsing.service';
import { ProfileViewsService } from './profile-views.service';

/**
 * Membership, quotas and the view record for client users browsing profiles (API only). The
 * app provides `ContractRelations` (the contracts library's `ContractRelationsModule`).
 */
@Module({
  imports: [IdentityModule],
  providers: [
    ClientQuotas,
    ProfileViewsService,
    ProfileBrowsing,
    ContactAccess,
    ResponseRelations,
    UserDirectory,
  ],
  exports: [ProfileBrowsing, ProfileViewsService],
})
export class ProfileBrowsingModule {}
