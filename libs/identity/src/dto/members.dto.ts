import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ORGANISATION_ROLES, OrganisationRole } from '../entities/membership.entity';

export class UpdateMemberRolesDto {
  @ApiProperty({
    enum: ORGANISATION_ROLES,
    isArray: true,
    minItems: 1,
    maxItems: ORGANISATION_ROLES.length,
    description: 'Every role the member holds afterwards (at least one)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ORGANISATION_ROLES.length)
  @ArrayUnique()
  @IsIn(ORGANISATION_ROLES, { each: true })
  roles!: OrganisationRole[];
}

export class MemberView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true }) roles!: OrganisationRole[];
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class PendingInvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role!: OrganisationRole;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Who sent it (null when that account was erased or has left)',
  })
  invitedByName!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
