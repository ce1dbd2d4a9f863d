import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@gilde/kernel';
import { ASSIGNMENT_KINDS, SECTORS } from '@gilde/taxonomy';
import { IsCalendarDate } from '../common/calendar-date';
import { Optional } from '../common/optional.decorator';
import { ASSIGNMENT_STATUSES, AssignmentStatus } from '../entities/assignment.entity';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 8000;
export const SKILLS_MAX = 30;
export const MAX_DAY_RATE_LIMIT = 100_000;
const NOT_BLANK = /\S/;

export class RequiredSkillDto {
  @ApiProperty({
    example: 'projectbeheer uitvoeren',
    description: 'Any English or Dutch label or synonym; unknown names are kept as free text',
    maxLength: 120,
  })
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(120)
  name!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  weight!: number;

  @ApiProperty()
  @IsBoolean()
  mustHave!: boolean;
}

export class AssignmentLocationDto {
  @ApiPropertyOptional({ example: 'Utrecht', maxLength: 100 })
  @Optional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: 'NL', description: 'ISO 3166-1 alpha-2' })
  @Optional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO country code such as NL' })
  country?: string;
}

/**
 * The fields a hiring manager edits besides the title. Every one is optional while drafting;
 * publishing checks that the assignment is complete.
 */
export class AssignmentFieldsDto {
  @ApiPropertyOptional({ maxLength: DESCRIPTION_MAX })
  @Optional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX)
  description?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_KINDS })
  @Optional()
  @IsIn(ASSIGNMENT_KINDS)
  assignmentKind?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @Optional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ type: [RequiredSkillDto], maxItems: SKILLS_MAX })
  @Optional()
  @IsArray()
  @ArrayMaxSize(SKILLS_MAX)
  // ValidateNested alone accepts [[{...}]]: it walks nested arrays as if they were the list.
  @IsObject({ each: true, message: 'each of requiredSkills must be an object' })
  @ValidateNested({ each: true })
  @Type(() => RequiredSkillDto)
  requiredSkills?: RequiredSkillDto[];

  @ApiPropertyOptional({ example: ['nl', 'en'], description: 'ISO 639-1 codes', maxItems: 10 })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, {
    each: true,
    message: 'languages must be two-letter ISO 639-1 codes such as nl',
  })
  languages?: string[];

  @ApiPropertyOptional({ type: AssignmentLocationDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => AssignmentLocationDto)
  location?: AssignmentLocationDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Percentage of remote work' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(100)
  remoteShare?: number;

  @ApiPropertyOptional({ example: '2030-03-01', format: 'date' })
  @Optional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2030-09-01', format: 'date' })
  @Optional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number;

  @ApiPropertyOptional({ minimum: 1, description: 'Whole euros per day' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(MAX_DAY_RATE_LIMIT)
  maxDayRate?: number;
}

export class CreateAssignmentDto extends AssignmentFieldsDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The organisation; the caller must be its hiring manager',
  })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ example: 'Interim CFO for a turnaround', maxLength: TITLE_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(TITLE_MAX)
  title!: string;
}

/**
 * Drafts accept every field. Published and closed assignments accept only description,
 * startDate, endDate, hoursPerWeek, maxDayRate and remoteShare (409 for the others); filled
 * ones accept nothing. maxDayRate is locked once anyone responded (see maxDayRateLock).
 */
export class UpdateAssignmentDto extends AssignmentFieldsDto {
  @ApiPropertyOptional({ example: 'Interim CFO for a turnaround', maxLength: TITLE_MAX })
  @Optional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(TITLE_MAX)
  title?: string;
}

export class ListAssignmentsQuery extends PageQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES })
  @Optional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;
}

export class AssignmentRequiredSkillView {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null for free text' })
  skillId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) weight!: number;
  @ApiProperty() mustHave!: boolean;
}

export class AssignmentLocationView {
  @ApiProperty({ nullable: true, type: String }) city!: string | null;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
}

/** An assignment as interim managers see it (published ones only). */
export class PublishedAssignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS, nullable: true, type: String })
  assignmentKind!: string | null;
  @ApiProperty({ enum: SECTORS, nullable: true, type: String }) sector!: string | null;
  @ApiProperty({ type: [AssignmentRequiredSkillView] })
  requiredSkills!: AssignmentRequiredSkillView[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: AssignmentLocationView }) location!: AssignmentLocationView;
  @ApiProperty() remoteShare!: number;
  @ApiProperty({ format: 'date', nullable: true, type: String }) startDate!: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) endDate!: string | null;
  @ApiProperty({ nullable: true, type: Number }) hoursPerWeek!: number | null;
  @ApiProperty({ nullable: true, type: Number }) maxDayRate!: number | null;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty() updatedAt!: string;
}

export const MAX_DAY_RATE_LOCKS = ['responses', 'change_limit'] as const;
export type MaxDayRateLock = (typeof MAX_DAY_RATE_LOCKS)[number];

/** One change of the maximum day rate after publication. */
export class AssignmentBudgetChangeView {
  @ApiProperty() at!: string;
  @ApiProperty({ format: 'uuid' }) changedBy!: string;
  @ApiProperty({ nullable: true, type: String }) changedByName!: string | null;
  @ApiProperty({ nullable: true, type: Number }) fromMaxDayRate!: number | null;
  @ApiProperty({ nullable: true, type: Number }) toMaxDayRate!: number | null;
}

/** An assignment as members of its organisation see it. */
export class AssignmentView extends PublishedAssignmentView {
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) filledAt!: string | null;
  @ApiProperty({ description: 'Bumped on every change' }) version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({
    enum: MAX_DAY_RATE_LOCKS,
    nullable: true,
    type: String,
    description:
      'Why maxDayRate can no longer change (PATCH answers 409): `responses` once anyone ' +
      'responded, `change_limit` after 3 changes since publication; null while it can change',
  })
  maxDayRateLock!: MaxDayRateLock | null;
  @ApiProperty({
    type: [AssignmentBudgetChangeView],
    description: 'Every change of maxDayRate since publication, oldest first',
  })
  budgetChanges!: AssignmentBudgetChangeView[];
}

export class AssignmentSkillSuggestionView {
  @ApiProperty({ format: 'uuid' }) skillId!: string;
  @ApiProperty() label!: string;
}

/** How each typed skill name was understood, so the UI can offer the canonical skill. */
export class AssignmentSkillResolutionView {
  @ApiProperty() input!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) skillId!: string | null;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: ['exact', 'synonym', 'fuzzy', 'free_text'] }) matchedBy!: string;
  @ApiProperty({ type: [AssignmentSkillSuggestionView] })
  suggestions!: AssignmentSkillSuggestionView[];
}

/** The answer to creating or editing: the assignment, and how the skill names resolved. */
export class AssignmentWriteView extends AssignmentView {
  @ApiProperty({
    type: [AssignmentSkillResolutionView],
    description: 'Empty when requiredSkills was not sent',
  })
  skillResolution!: AssignmentSkillResolutionView[];
}

export class AssignmentPageView {
  @ApiProperty({ type: [AssignmentView] }) items!: AssignmentView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
