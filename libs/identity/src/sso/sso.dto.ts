import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { OrganisationRole } from '../entities/membership.entity';

/** Single sign-on makes members in these roles; admins are always appointed by an admin. */
export const SSO_DEFAULT_ROLES: OrganisationRole[] = ['hiring_manager', 'procurement'];

const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

export class SsoSettingsDto {
  @ApiProperty({
    example: 'https://login.example.nl/realms/staff',
    description: 'The OpenID Connect issuer; its discovery document is read when saving',
    maxLength: 500,
  })
  @IsString()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  issuer!: string;

  @ApiProperty({ example: 'gilde', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  clientId!: string;

  @ApiProperty({ description: 'Stored encrypted; never answered back', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  clientSecret!: string;

  @ApiProperty({
    example: ['example.nl'],
    description:
      "E-mail domains whose users sign in through this provider: not free-mail domains, not another organisation's, and each the domain of a verified address of one of the organisation's admins",
    type: [String],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  @Matches(DOMAIN, { each: true, message: 'each domain must be a domain name such as example.nl' })
  domains!: string[];

  @ApiProperty({ enum: SSO_DEFAULT_ROLES, description: 'Role of members single sign-on creates' })
  @IsIn(SSO_DEFAULT_ROLES)
  defaultRole!: OrganisationRole;
}

export class SsoSettingsView {
  @ApiProperty({ description: 'Whether single sign-on is switched on' }) enabled!: boolean;
  @ApiProperty({ nullable: true, type: String }) issuer!: string | null;
  @ApiProperty({ nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({ type: [String] }) domains!: string[];
  @ApiProperty({ nullable: true, enum: SSO_DEFAULT_ROLES }) defaultRole!: OrganisationRole | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the settings last changed' })
  updatedAt!: string | null;
}

export class SsoStartQuery {
  @ApiProperty({ example: 'anna@example.nl' })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;
}

/** What the identity provider adds to the redirect back (RFC 6749 §4.1.2, RFC 9207). */
export class SsoCallbackQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) code?: string;
  @ApiProperty() @IsString() @MaxLength(200) state!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) iss?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) error?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) error_description?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) error_uri?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) session_state?: string;
}
