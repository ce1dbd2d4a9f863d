import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MATCH_WEIGHT_BOUNDS } from '../scoring/match-weights';

export class MatchesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 60, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  limit?: number;
}

const b = MATCH_WEIGHT_BOUNDS;

/** Whole-number weights adding up to 100. There is no price weight, by design. */
export class MatchWeightsDto {
  @ApiProperty({ minimum: b.skills.min, maximum: b.skills.max, example: 40 })
  @IsInt()
  @Min(b.skills.min)
  @Max(b.skills.max)
  skills!: number;

  @ApiProperty({ minimum: b.trackRecord.min, maximum: b.trackRecord.max, example: 20 })
  @IsInt()
  @Min(b.trackRecord.min)
  @Max(b.trackRecord.max)
  trackRecord!: number;

  @ApiProperty({ minimum: b.credentials.min, maximum: b.credentials.max, example: 10 })
  @IsInt()
  @Min(b.credentials.min)
  @Max(b.credentials.max)
  credentials!: number;

  @ApiProperty({ minimum: b.availability.min, maximum: b.availability.max, example: 15 })
  @IsInt()
  @Min(b.availability.min)
  @Max(b.availability.max)
  availability!: number;

  @ApiProperty({ minimum: b.fit.min, maximum: b.fit.max, example: 15 })
  @IsInt()
  @Min(b.fit.min)
  @Max(b.fit.max)
  fit!: number;
}

export class MatchWeightsView {
  @ApiProperty() skills!: number;
  @ApiProperty() trackRecord!: number;
  @ApiProperty() credentials!: number;
  @ApiProperty() availability!: number;
  @ApiProperty() fit!: number;
  @ApiProperty({ description: 'True when the assignment uses the platform defaults' })
  isDefault!: boolean;
}

export class BreakdownView {
  @ApiProperty({ minimum: 0, maximum: 100 }) skills!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) trackRecord!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) credentials!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) availability!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) fit!: number;
}

/** What a hiring manager sees of a matched interim before any response: no name, contact or rate. */
export class MatchedInterimView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() headline!: string;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: [String] }) sectors!: string[];
  @ApiProperty({ type: [String] }) assignmentKinds!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ type: String, nullable: true }) availableFrom!: string | null;
}

export class AssignmentMatchView {
  @ApiProperty({ type: MatchedInterimView }) interim!: MatchedInterimView;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '1 = best; null when left out by the budget',
  })
  rank!: number | null;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: BreakdownView }) breakdown!: BreakdownView;
  @ApiProperty({ type: [String], description: "In the caller's language" }) explanation!: string[];
  @ApiProperty() rateWithinBudget!: boolean;
  @ApiProperty({ description: "False when the interim's own preferences rule the assignment out" })
  reciprocal!: boolean;
  @ApiProperty({ type: [String], enum: ['sector', 'hours', 'travel', 'remote', 'rate'] })
  flags!: string[];
  @ApiProperty() computedAt!: string;
}

export class MatchedAssignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() sector!: string;
  @ApiProperty() assignmentKind!: string;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty() remoteShare!: number;
  @ApiProperty() startDate!: string;
  @ApiProperty({ type: String, nullable: true }) endDate!: string | null;
  @ApiProperty() hoursPerWeek!: number;
}

export class InterimMatchView {
  @ApiProperty({ type: MatchedAssignmentView }) assignment!: MatchedAssignmentView;
  @ApiProperty({ minimum: 0, maximum: 100 }) score!: number;
  @ApiProperty({ type: BreakdownView }) breakdown!: BreakdownView;
  @ApiProperty({ type: [String] }) explanation!: string[];
  @ApiProperty() rateWithinBudget!: boolean;
  @ApiProperty() reciprocal!: boolean;
  @ApiProperty({ type: [String] }) flags!: string[];
  @ApiProperty() computedAt!: string;
}

export class InterimMatchPage {
  @ApiProperty({ type: [InterimMatchView] }) items!: InterimMatchView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
