import { Module } from '@nestjs/common';
import { ResponseRelations } from '@gilde/assignments';
import { IdentityModule, UserDirectory } from '@gilde/identity';
import { ContactAccess } from '../profiles/contact-access';
import { ClientQuotasService } from './client-quotas.service';
import { ProfileBrowsingService } from './profile-browsing.service';
import { ProfileViewsService } from './profile-views.service';

/**
 * Membership, quotas and the view record for client users browsing profiles (API only). The
 * app provides `ContractRelations` (the contracts library's `ContractRelationsModule`).
 */
@Module({
  imports: [IdentityModule],
  providers: [
    ClientQuotasService,
    ProfileViewsService,
    ProfileBrowsingService,
    ContactAccess,
    ResponseRelations,
    UserDirectory,
  ],
  exports: [ProfileBrowsingService, ProfileViewsService],
})
export class ProfileBrowsingModule {}
