import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
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
  ValidateNested,
} from 'class-validator';
import { ASSIGNMENT_KINDS } from '@gilde/taxonomy';
import { SENIORITIES, Seniority } from '../domain/contract-terms';

export const MAX_DAY_RATE = 100_000;

export class RateCardEntryDto {
  @ApiProperty({ enum: ASSIGNMENT_KINDS, example: 'interim_cfo' })
  @IsIn(ASSIGNMENT_KINDS)
  assignmentKind!: string;

  @ApiPropertyOptional({
    enum: SENIORITIES,
    description: 'Omit for the line that applies whatever the seniority',
  })
  @IsOptional()
  @IsIn(SENIORITIES)
  seniority?: Seniority;

  @ApiProperty({ minimum: 1, maximum: MAX_DAY_RATE, description: 'Whole euros per day' })
  @IsInt()
  @Min(1)
  @Max(MAX_DAY_RATE)
  maxDayRate!: number;
}

export class PutRateCardDto {
  @ApiProperty({ type: [RateCardEntryDto] })
  @IsArray()
  @ArrayMaxSize(200)
  // ValidateNested alone accepts [[{...}]]: it walks nested arrays as if they were the list.
  @IsObject({ each: true, message: 'each of entries must be an object' })
  @ValidateNested({ each: true })
  @Type(() => RateCardEntryDto)
  entries!: RateCardEntryDto[];
}

export class RateCardEntryView {
  @ApiProperty() assignmentKind!: string;
  @ApiProperty({ enum: SENIORITIES, nullable: true, type: String }) seniority!: Seniority | null;
  @ApiProperty() maxDayRate!: number;
}

export class RateCardView {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ type: [RateCardEntryView] }) entries!: RateCardEntryView[];
  @ApiProperty({ nullable: true, type: String }) updatedAt!: string | null;
}

export class FlagsQuery {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;
}

export class RateFlagView {
  @ApiProperty({ enum: ['assignment_above_rate_card', 'contract_above_rate_card'] })
  type!: 'assignment_above_rate_card' | 'contract_above_rate_card';
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) contractId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() assignmentKind!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ description: 'The day rate that exceeds the card' }) dayRate!: number;
  @ApiProperty() rateCardMaxDayRate!: number;
  @ApiProperty({ description: 'Percentage above the card, rounded' }) excessPercent!: number;
  @ApiProperty({ nullable: true, type: String }) justification!: string | null;
}

export class RateFlagsView {
  @ApiProperty({ type: [RateFlagView] }) items!: RateFlagView[];
}

export class PutContractDetailsDto {
  @ApiPropertyOptional({ example: 'NL001234567B01', nullable: true, type: String })
  @IsOptional()
  @Matches(/^[A-Z]{2}[0-9A-Z]{2,13}$/, {
    message: 'vatId must be a VAT number such as NL001234567B01',
  })
  vatId?: string | null;

  @ApiPropertyOptional({ maxLength: 300, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;
}

export class ContractDetailsView {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) kvkNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) vatId!: string | null;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
}
