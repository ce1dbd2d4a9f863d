import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ASSIGNMENT_KINDS, AssignmentKind, SECTORS, Sector } from '@gilde/taxonomy';
import { CREDENTIAL_TYPES, CredentialType } from '../entities/credential.entity';
import {
  NOTIFY_FREQUENCIES,
  NotifyFrequency,
  PROFILE_VISIBILITIES,
  ProfileVisibility,
  REMOTE_PREFERENCES,
  RemotePreference,
} from '../entities/interim-profile.entity';
import { IsIsoDate, IsNotBlank, NotLessThan } from './validators';

export const MAX_SKILLS = 50;
export const MAX_CREDENTIALS = 20;
export const MAX_DAY_RATE = 100_000;

export class ProfileSkillDto {
  @ApiProperty({ example: 'financieel management', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  @IsNotBlank()
  name!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  level!: number;

  @ApiProperty({ minimum: 0, maximum: 60, description: 'Years of experience' })
  @IsInt()
  @Min(0)
  @Max(60)
  years!: number;
}

export class ProfileLocationDto {
  @ApiProperty({ example: 'Utrecht', maxLength: 120 })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  @IsNotBlank()
  city!: string;

  @ApiProperty({ example: 'NL', description: 'ISO 3166-1 alpha-2' })
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code such as NL' })
  country!: string;
}

export class DayRateDto {
  @ApiProperty({ minimum: 1, example: 950, description: 'Whole euros per day' })
  @IsInt()
  @Min(1)
  @Max(MAX_DAY_RATE)
  min!: number;

  @ApiProperty({ minimum: 1, example: 1250 })
  @IsInt()
  @Min(1)
  @Max(MAX_DAY_RATE)
  @NotLessThan('min')
  max!: number;
}

export class HoursPerWeekDto {
  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  min!: number;

  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  @NotLessThan('min')
  max!: number;
}

export class CredentialDto {
  @ApiProperty({ enum: CREDENTIAL_TYPES })
  @IsIn(CREDENTIAL_TYPES)
  type!: CredentialType;

  @ApiProperty({ example: 'RQIM-2021-0042', maxLength: 64 })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  @IsNotBlank()
  number!: string;

  @ApiProperty({ example: '2027-06-30', format: 'date' })
  @IsIsoDate()
  validUntil!: string;
}

export class PreferencesDto {
  @ApiProperty({ enum: NOTIFY_FREQUENCIES })
  @IsIn(NOTIFY_FREQUENCIES)
  notify!: NotifyFrequency;

  @ApiPropertyOptional({
    enum: SECTORS,
    isArray: true,
    description: 'Only be notified of assignments in these sectors (all when empty)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors?: Sector[];
}

/** The whole profile: PUT replaces every field, so omitted optional fields become empty. */
export class PutProfileDto {
  @ApiProperty({ example: 'Interim CFO for turnarounds in healthcare', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsNotBlank()
  headline!: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @ApiProperty({ type: [ProfileSkillDto], maxItems: MAX_SKILLS })
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS)
  // ValidateNested alone accepts [[{...}]]: it walks nested arrays as if they were the list.
  @IsObject({ each: true, message: 'each of skills must be an object' })
  @ValidateNested({ each: true })
  @Type(() => ProfileSkillDto)
  skills!: ProfileSkillDto[];

  @ApiProperty({ enum: SECTORS, isArray: true })
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors!: Sector[];

  @ApiProperty({ enum: ASSIGNMENT_KINDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(ASSIGNMENT_KINDS.length)
  @ArrayUnique()
  @IsIn(ASSIGNMENT_KINDS, { each: true })
  assignmentKinds!: AssignmentKind[];

  @ApiProperty({ example: ['nl', 'en'], description: 'ISO 639-1 codes' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'each language must be an ISO 639-1 code such as nl',
  })
  languages!: string[];

  @ApiProperty({ type: ProfileLocationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ProfileLocationDto)
  location!: ProfileLocationDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  maxTravelKm?: number;

  @ApiProperty({ enum: REMOTE_PREFERENCES })
  @IsIn(REMOTE_PREFERENCES)
  remotePreference!: RemotePreference;

  @ApiProperty({ type: DayRateDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DayRateDto)
  dayRate!: DayRateDto;

  @ApiProperty({ type: HoursPerWeekDto })
  @IsObject()
  @ValidateNested()
  @Type(() => HoursPerWeekDto)
  hoursPerWeek!: HoursPerWeekDto;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-01' })
  @IsOptional()
  @IsIsoDate()
  availableFrom?: string;

  @ApiPropertyOptional({ type: [CredentialDto], maxItems: MAX_CREDENTIALS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CREDENTIALS)
  @IsObject({ each: true, message: 'each of credentials must be an object' })
  @ValidateNested({ each: true })
  @Type(() => CredentialDto)
  credentials?: CredentialDto[];

  @ApiProperty({ type: PreferencesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PreferencesDto)
  preferences!: PreferencesDto;

  @ApiProperty({ enum: PROFILE_VISIBILITIES })
  @IsIn(PROFILE_VISIBILITIES)
  visibility!: ProfileVisibility;

  @ApiPropertyOptional({ example: '12345678', description: 'KvK number, 8 digits' })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'kvkNumber must be 8 digits' })
  kvkNumber?: string;

  @ApiPropertyOptional({ example: 'NL123456789B01', description: 'VAT identification number' })
  @IsOptional()
  @Matches(/^[A-Z]{2}[0-9A-Z]{2,13}$/, {
    message: 'vatId must be a VAT number such as NL123456789B01',
  })
  vatId?: string;
}

export class AvailabilityPeriodDto {
  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsIsoDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-08-31' })
  @IsIsoDate()
  @NotLessThan('from', { message: 'to must not be before from' })
  to!: string;

  @ApiProperty({ minimum: 1, maximum: 60, example: 24 })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek!: number;
}

export const MAX_AVAILABILITY_PERIODS = 52;

export class PutAvailabilityDto {
  @ApiProperty({ type: [AvailabilityPeriodDto], maxItems: MAX_AVAILABILITY_PERIODS })
  @IsArray()
  @ArrayMaxSize(MAX_AVAILABILITY_PERIODS)
  @IsObject({ each: true, message: 'each of periods must be an object' })
  @ValidateNested({ each: true })
  @Type(() => AvailabilityPeriodDto)
  periods!: AvailabilityPeriodDto[];
}
