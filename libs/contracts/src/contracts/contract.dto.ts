import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@gilde/kernel';
import {
  CONTRACT_FORMS,
  CONTRACT_STATUSES,
  ContractForm,
  ContractStatus,
  SENIORITIES,
  Seniority,
} from '../domain/contract-terms';
import { EMBEDDINGS, Embedding, WORK_DIRECTIONS, WorkDirection } from '../domain/dba-check';
import { IsCalendarDate, OptionalNotNull } from '../domain/validators';

export const MAX_CONTRACT_DAY_RATE = 100_000;
const NOT_BLANK = /\S/;

export class DbaCheckDto {
  @ApiProperty({
    enum: WORK_DIRECTIONS,
    description: 'Who directs how the work is done: the interim, shared, or the client',
  })
  @IsIn(WORK_DIRECTIONS)
  workDirection!: WorkDirection;

  @ApiProperty({ enum: EMBEDDINGS, description: 'Embedding in the organisation' })
  @IsIn(EMBEDDINGS)
  embedding!: Embedding;

  @ApiProperty({ description: 'Works for other clients too' })
  @IsBoolean()
  multipleClients!: boolean;

  @ApiProperty({ description: 'Carries own professional liability insurance' })
  @IsBoolean()
  professionalLiabilityInsurance!: boolean;

  @ApiProperty({ description: 'Bears financial risk (no pay for undelivered work, own costs)' })
  @IsBoolean()
  bearsFinancialRisk!: boolean;

  @ApiProperty({ description: 'Acts as an entrepreneur (own acquisition, tools, investment)' })
  @IsBoolean()
  actsAsEntrepreneur!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

/** Fields shared by drafting and editing. */
export class ContractTermsDto {
  @ApiPropertyOptional({ maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  placeOfWork?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 365, nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  noticePeriodDays?: number | null;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  terms?: string | null;

  @ApiPropertyOptional({ enum: CONTRACT_FORMS, default: 'direct' })
  @OptionalNotNull()
  @IsIn(CONTRACT_FORMS)
  form?: ContractForm;

  @ApiPropertyOptional({
    maxLength: 200,
    nullable: true,
    type: String,
    description:
      'Model agreement reference; defaults to the Belastingdienst model "geen werkgeversgezag" for direct agreements',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  modelAgreementRef?: string | null;

  @ApiPropertyOptional({ enum: SENIORITIES, nullable: true, type: String })
  @IsOptional()
  @IsIn(SENIORITIES)
  seniority?: Seniority | null;

  @ApiPropertyOptional({ type: DbaCheckDto, description: 'The self-employment (DBA) check' })
  @OptionalNotNull()
  // Without it ValidateNested also accepts an array of checks.
  @IsObject()
  @ValidateNested()
  @Type(() => DbaCheckDto)
  dbaCheck?: DbaCheckDto;

  @ApiPropertyOptional({
    minLength: 10,
    maxLength: 2000,
    description: 'Required from procurement when the day rate is above the rate card',
  })
  @OptionalNotNull()
  @IsString()
  @Matches(NOT_BLANK, { message: 'rateJustification must not be blank' })
  @MinLength(10)
  @MaxLength(2000)
  rateJustification?: string;
}

export class CreateContractDto extends ContractTermsDto {
  @ApiProperty({ format: 'uuid', description: 'A selected response' })
  @IsUUID()
  responseId!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_CONTRACT_DAY_RATE, description: 'Whole euros per day' })
  @IsInt()
  @Min(1)
  @Max(MAX_CONTRACT_DAY_RATE)
  dayRate!: number;

  @ApiProperty({ example: '2026-04-01' })
  @IsCalendarDate()
  startDate!: string;

  @ApiProperty({ example: '2026-09-30' })
  @IsCalendarDate()
  endDate!: string;

  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek!: number;
}

export class UpdateContractDto extends ContractTermsDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CONTRACT_DAY_RATE })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_CONTRACT_DAY_RATE)
  dayRate?: number;

  @ApiPropertyOptional({ example: '2026-04-01' })
  @OptionalNotNull()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2026-09-30' })
  @OptionalNotNull()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number;
}

/** The new period and price; place, notice, terms and justification as when drafting. */
export class ExtendContractDto extends PickType(ContractTermsDto, [
  'placeOfWork',
  'noticePeriodDays',
  'terms',
  'rateJustification',
] as const) {
  @ApiProperty({ example: '2027-03-31', description: 'The new end date, after the current one' })
  @IsCalendarDate()
  endDate!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CONTRACT_DAY_RATE })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_CONTRACT_DAY_RATE)
  dayRate?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 60 })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number;

  @ApiProperty({ type: DbaCheckDto, description: 'Required: the check is redone for an extension' })
  @IsDefined({
    message: 'dbaCheck is required: the self-employment check is redone for an extension',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => DbaCheckDto)
  dbaCheck!: DbaCheckDto;
}

export class TerminateContractDto {
  @ApiProperty({ minLength: 3, maxLength: 2000 })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class ListContractsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Required for client users' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: ContractStatus;
}

export class ExportQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;
}
