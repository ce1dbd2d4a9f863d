import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserDirectory } from '@gilde/identity';
import { AvailabilityPeriod } from './entities/availability-period.entity';
import { Credential } from './entities/credential.entity';
import { ProfileConsentChange } from './entities/profile-consent-change.entity';
import { InterimProfile } from './entities/interim-profile.entity';
import { ProfileSkill } from './entities/profile-skill.entity';
import { ProfileView } from './entities/profile-view.entity';
import { ProfileViewRetention } from './browsing/profile-view-retention.service';
import { ProfilesReader } from './reader/profiles.reader';

/**
 * ProfilesReader and the profile-view retention, without controllers: for the worker and other
 * libraries' worker modules.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      InterimProfile,
      ProfileSkill,
      AvailabilityPeriod,
      Credential,
      ProfileView,
      ProfileConsentChange,
    ]),
  ],
  providers: [ProfilesReader, ProfileViewRetention, UserDirectory],
  exports: [ProfilesReader, ProfileViewRetention],
})
export class ProfilesCoreModule {}
