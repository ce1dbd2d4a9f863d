import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ContractParty } from '../domain/contract-terms';

/** Aspect ratings 1-5. Which ones apply depends on who is rated (see REVIEW_ASPECTS). */
export class ReviewAspectsDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 5,
    description: 'Of an interim: results against the agreed objectives',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  results?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Either side' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  collaboration?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 5,
    description: 'Of a client: clarity of the assignment',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  clarity?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Of a client: decisiveness' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  decisiveness?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'Of a client: payment' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  payment?: number;
}

export class CreateReviewDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @ApiPropertyOptional({ type: ReviewAspectsDto })
  @IsOptional()
  // Without it ValidateNested also accepts an array of aspect objects.
  @IsObject()
  @ValidateNested()
  @Type(() => ReviewAspectsDto)
  aspects?: ReviewAspectsDto;
}

export class ReviewView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ enum: ['organisation', 'interim'], description: 'Who wrote it' })
  authorSide!: ContractParty;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() rating!: number;
  @ApiProperty({ type: Object }) aspects!: Record<string, number>;
  @ApiProperty({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty() createdAt!: string;
}

export class ReviewListView {
  @ApiProperty({ type: [ReviewView] }) items!: ReviewView[];
}
