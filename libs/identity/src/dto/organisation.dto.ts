import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ORGANISATION_ROLES, OrganisationRole } from '../entities/membership.entity';

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Gemeente Utrecht', maxLength: 200 })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: '12345678', description: 'KvK number, 8 digits' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'kvkNumber must be 8 digits' })
  kvkNumber?: string;
}

export class CreateInvitationDto {
  @ApiProperty({ example: 'inkoop@example.nl' })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ORGANISATION_ROLES })
  @IsIn(ORGANISATION_ROLES)
  role!: OrganisationRole;
}

export class OrganisationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) kvkNumber!: string | null;
  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true }) roles!: OrganisationRole[];
}

export class InvitationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Single-use token; also sent by e-mail' }) token!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ORGANISATION_ROLES }) role!: OrganisationRole;
  @ApiProperty() expiresAt!: string;
}

export class MembershipView {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: ORGANISATION_ROLES, isArray: true }) roles!: OrganisationRole[];
}

export class MeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['interim', 'client'] }) accountType!: string;
  @ApiProperty({ enum: ['en', 'nl'] }) locale!: string;
  @ApiProperty() isPlatformAdmin!: boolean;
  @ApiProperty({ description: 'The address was proven; until then some actions answer 403' })
  emailVerified!: boolean;
  @ApiProperty({ type: [MembershipView] }) memberships!: MembershipView[];
}
