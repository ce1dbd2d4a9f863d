import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityPeriod } from './entities/availability-period.entity';
import { Credential } from './entities/credential.entity';
import { ProfileConsentChange } from './entities/profile-consent-change.entity';
import { InterimProfile } from './entities/interim-profile.entity';
import { ProfileSkill } from './entities/profile-skill.entity';
import { ProfilesReader } from './reader/profiles.reader';

/** ProfilesReader without controllers, for the worker and other libraries' worker modules. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      InterimProfile,
      ProfileSkill,
      AvailabilityPeriod,
      Credential,
      ProfileConsentChange,
    ]),
  ],
  providers: [ProfilesReader],
  exports: [ProfilesReader],
})
export class ProfilesCoreModule {}
