import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { BooleanParam, PageQuery } from '@gilde/kernel';
import { ASSIGNMENT_KINDS, SECTORS } from '@gilde/taxonomy';

const IsIsoDate = (): PropertyDecorator =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date written YYYY-MM-DD' }),
    IsISO8601(
      { strict: true, strictSeparator: true },
      { message: '$property must be a real date' },
    ),
  );

export const CREDENTIAL_TYPES = ['RQIM', 'CEIM', 'other'] as const;
export const REMOTE_PREFERENCES = ['remote', 'hybrid', 'onsite'] as const;

/** Comma-separated lists keep one query parameter each (repeated parameters are refused). */
const SKILL_LIST = /^[^,]{1,100}(,[^,]{1,100}){0,9}$/u;
const LANGUAGE_LIST = /^[a-z]{2}(,[a-z]{2}){0,9}$/u;

export class InterimSearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Free text; typo-tolerant on words of five letters or more',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    description:
      'Comma-separated skill names (English or Dutch, synonyms allowed); all must be present',
    example: 'financial management,verandermanagement',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(SKILL_LIST, { message: 'skills must be up to 10 comma-separated names' })
  skills?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_KINDS })
  @IsOptional()
  @IsIn(ASSIGNMENT_KINDS)
  kind?: string;

  @ApiPropertyOptional({
    description: 'Comma-separated ISO 639-1 codes; all must be spoken',
    example: 'nl,en',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(LANGUAGE_LIST, {
    message: 'languages must be comma-separated two-letter codes such as nl,en',
  })
  languages?: string;

  @ApiPropertyOptional({ description: 'Available on or before this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  availableFrom?: string;

  @ApiPropertyOptional({
    description: 'Whole euros per day: the interim’s minimum rate is at most this',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  maxDayRate?: number;

  @ApiPropertyOptional({
    enum: CREDENTIAL_TYPES,
    description: 'Holds this credential, verified and valid',
  })
  @IsOptional()
  @IsIn(CREDENTIAL_TYPES)
  credential?: string;

  @ApiPropertyOptional({ enum: REMOTE_PREFERENCES })
  @IsOptional()
  @IsIn(REMOTE_PREFERENCES)
  remotePreference?: string;
}

export class AssignmentSearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Free text; typo-tolerant on words of five letters or more',
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Comma-separated skill names; all must be asked for' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(SKILL_LIST, { message: 'skills must be up to 10 comma-separated names' })
  skills?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_KINDS })
  @IsOptional()
  @IsIn(ASSIGNMENT_KINDS)
  kind?: string;

  @ApiPropertyOptional({
    description: 'true: at least half remote; false: mostly on site',
    type: Boolean,
  })
  @IsOptional()
  @BooleanParam()
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({ description: 'Starts on or before this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  startBefore?: string;

  @ApiPropertyOptional({ description: 'Starts on or after this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsIsoDate()
  startAfter?: string;

  @ApiPropertyOptional({
    description: 'Comma-separated ISO 639-1 codes; any of them',
    example: 'nl',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(LANGUAGE_LIST, {
    message: 'languages must be comma-separated two-letter codes such as nl,en',
  })
  languages?: string;
}

export class InterimSearchSkillView {
  @ApiProperty() name!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) level!: number;
  @ApiProperty() years!: number;
}

/** A profile as a client sees it in search: no name, contact data or rates. */
export class InterimSearchItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() headline!: string;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) assignmentKinds!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ enum: REMOTE_PREFERENCES }) remotePreference!: string;
  @ApiProperty({ type: [InterimSearchSkillView] }) skills!: InterimSearchSkillView[];
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) availableFrom!:
    string | null;
  @ApiProperty({ type: [String], description: 'Verified, valid credential types' })
  credentials!: string[];
}

export class AssignmentSearchSkillView {
  @ApiProperty() name!: string;
  @ApiProperty() mustHave!: boolean;
}

export class AssignmentSearchItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() sector!: string;
  @ApiProperty() assignmentKind!: string;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: String, nullable: true }) country!: string | null;
  @ApiProperty() remoteShare!: number;
  @ApiProperty({ description: 'YYYY-MM-DD' }) startDate!: string;
  @ApiProperty({ type: String, nullable: true }) endDate!: string | null;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty({ type: [AssignmentSearchSkillView] }) skills!: AssignmentSearchSkillView[];
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
}

export class InterimSearchPage {
  @ApiProperty({ type: [InterimSearchItem] }) items!: InterimSearchItem[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class AssignmentSearchPage {
  @ApiProperty({ type: [AssignmentSearchItem] }) items!: AssignmentSearchItem[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
