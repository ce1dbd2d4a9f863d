import { Module } from '@nestjs/common';
import { IdentityModule } from '@gilde/identity';
import { ClientQuotas } from './client-quotas.service';
import { ProfileBrowsing } from './profile-browsing.service';
import { ProfileViewsService } from './profile-views.service';

/** Membership, quotas and the view record for client users browsing profiles (API only). */
@Module({
  imports: [IdentityModule],
  providers: [ClientQuotas, ProfileViewsService, ProfileBrowsing],
  exports: [ProfileBrowsing, ProfileViewsService],
})
export class ProfileBrowsingModule {}
