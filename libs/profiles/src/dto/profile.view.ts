import { ApiProperty } from '@nestjs/swagger';
import {
  CREDENTIAL_STATUSES,
  CREDENTIAL_TYPES,
  CredentialStatus,
  CredentialType,
} from '../entities/credential.entity';
import {
  NOTIFY_FREQUENCIES,
  NotifyFrequency,
  PROFILE_VISIBILITIES,
  ProfileVisibility,
  REMOTE_PREFERENCES,
  RemotePreference,
} from '../entities/interim-profile.entity';

export class ProfileSkillView {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null for a free-text skill',
  })
  skillId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) level!: number;
  @ApiProperty({ minimum: 0, maximum: 60 }) years!: number;
}

export class ProfileSkillSuggestionView {
  @ApiProperty({ format: 'uuid' }) skillId!: string;
  @ApiProperty() label!: string;
}

/** How one typed skill name was understood, so the UI can offer the canonical skill. */
export class ProfileSkillResolutionView {
  @ApiProperty({ description: 'The name as sent' }) input!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) skillId!: string | null;
  @ApiProperty({ description: 'The canonical label, or the text kept as a free-text skill' })
  label!: string;
  @ApiProperty({ enum: ['exact', 'synonym', 'fuzzy', 'free_text'] }) matchedBy!: string;
  @ApiProperty({ type: [ProfileSkillSuggestionView] }) suggestions!: ProfileSkillSuggestionView[];
}

export class ProfileLocationView {
  @ApiProperty() city!: string;
  @ApiProperty() country!: string;
}

export class RangeView {
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
}

export class PeriodView {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty() hoursPerWeek!: number;
}

export class OwnCredentialView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CREDENTIAL_TYPES }) type!: CredentialType;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) validUntil!: string;
  @ApiProperty({ enum: CREDENTIAL_STATUSES }) status!: CredentialStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) verifiedAt!: string | null;
}

export class ProfileNotificationPreferencesView {
  @ApiProperty({ enum: NOTIFY_FREQUENCIES }) notify!: NotifyFrequency;
  @ApiProperty({ type: [String] }) sectors!: string[];
}

/** Fields every reader of a profile sees. */
class ProfileBaseView {
  @ApiProperty({ format: 'uuid', description: 'The interim manager (user id)' }) interimId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() headline!: string;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ type: [ProfileSkillView] }) skills!: ProfileSkillView[];
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) assignmentKinds!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: ProfileLocationView }) location!: ProfileLocationView;
  @ApiProperty({ nullable: true, type: Number }) maxTravelKm!: number | null;
  @ApiProperty({ enum: REMOTE_PREFERENCES }) remotePreference!: RemotePreference;
  @ApiProperty({ type: RangeView, description: 'Whole euros per day' }) dayRate!: RangeView;
  @ApiProperty({ type: RangeView }) hoursPerWeek!: RangeView;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) availableFrom!: string | null;
  @ApiProperty({ type: [PeriodView] }) availability!: PeriodView[];
}

/** The owner's own profile: everything, including credential numbers and preferences. */
export class OwnProfileView extends ProfileBaseView {
  @ApiProperty({ type: [OwnCredentialView] }) credentials!: OwnCredentialView[];
  @ApiProperty({ type: ProfileNotificationPreferencesView })
  preferences!: ProfileNotificationPreferencesView;
  @ApiProperty({ enum: PROFILE_VISIBILITIES }) visibility!: ProfileVisibility;
  @ApiProperty({ nullable: true, type: String }) kvkNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) vatId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SavedProfileView extends OwnProfileView {
  @ApiProperty({ type: [ProfileSkillResolutionView], description: 'One per skill sent, in order' })
  skillResolutions!: ProfileSkillResolutionView[];
}

export class AvailabilityView {
  @ApiProperty({ type: [PeriodView] }) periods!: PeriodView[];
  @ApiProperty() version!: number;
}

export class ClientCredentialView {
  @ApiProperty({ enum: CREDENTIAL_TYPES }) type!: CredentialType;
  @ApiProperty({ format: 'date' }) validUntil!: string;
  @ApiProperty({ enum: CREDENTIAL_STATUSES }) status!: CredentialStatus;
}

export class ContactView {
  @ApiProperty() email!: string;
  @ApiProperty({ nullable: true, type: String }) kvkNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) vatId!: string | null;
}

/** The profile as a client user sees it: contact data only once the interim responded to the organisation. */
export class ClientProfileView extends ProfileBaseView {
  @ApiProperty({ type: [ClientCredentialView] }) credentials!: ClientCredentialView[];
  @ApiProperty({
    type: ContactView,
    nullable: true,
    description: 'Present once the interim responded to an assignment of your organisation',
  })
  contact!: ContactView | null;
}
