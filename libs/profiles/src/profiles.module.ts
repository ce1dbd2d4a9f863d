import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, UserDirectory } from '@gilde/identity';
import { AvailabilityPeriod } from './entities/availability-period.entity';
import { Credential } from './entities/credential.entity';
import { ProfileConsentChange } from './entities/profile-consent-change.entity';
import { InterimProfile } from './entities/interim-profile.entity';
import { ProfileSkill } from './entities/profile-skill.entity';
import { ProfileView } from './entities/profile-view.entity';
import { ProfileViewRetentionService } from './browsing/profile-view-retention.service';
import { ProfilesReader } from './reader/profiles.reader';
import { TaxonomyModule } from '@gilde/taxonomy';
import { ProfileBrowsingModule } from './browsing/profile-browsing.module';
import { ProfileViewsController } from './browsing/profile-views.controller';
import { CredentialsAdminController } from './credentials/credentials-admin.controller';
import { CredentialsService } from './credentials/credentials.service';
import { AccountDataController } from './gdpr/account-data.controller';
import { ErasureService } from './gdpr/erasure.service';
import { PersonalDataController } from './gdpr/personal-data.controller';
import { PersonalDataExportService } from './gdpr/personal-data-export.service';
import { ProfilesController } from './profiles/profiles.controller';
import { ProfilesService } from './profiles/profiles.service';

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
  providers: [ProfilesReader, ProfileViewRetentionService, UserDirectory],
  exports: [ProfilesReader, ProfileViewRetentionService],
})
export class ProfilesCoreModule {}

const ENTITIES = [
  InterimProfile,
  ProfileSkill,
  AvailabilityPeriod,
  Credential,
  ProfileView,
  ProfileConsentChange,
];

/** Interim profiles, availability, credentials and GDPR export/erasure: the API side. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ENTITIES),
    TaxonomyModule,
    ProfileBrowsingModule,
    IdentityModule,
  ],
  controllers: [
    ProfilesController,
    PersonalDataController,
    AccountDataController,
    CredentialsAdminController,
    ProfileViewsController,
  ],
  providers: [
    ProfilesService,
    ProfilesReader,
    CredentialsService,
    PersonalDataExportService,
    ErasureService,
    UserDirectory,
  ],
  exports: [ProfilesReader],
})
export class ProfilesModule {}
