import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@gilde/kernel';
import { IsCalendarDate } from '../common/calendar-date';
import { Optional } from '../common/optional.decorator';
import { ASSIGNMENT_STATUSES, AssignmentStatus } from '../entities/assignment.entity';
import {
  REJECTION_REASONS,
  RESPONSE_STATUSES,
  RejectionReason,
  ResponseStatus,
} from '../entities/assignment-response.entity';
import { MAX_DAY_RATE_LIMIT } from './assignment.dto';

export const MOTIVATION_MAX = 5000;
export const NOTE_MAX = 2000;

export class CreateResponseDto {
  @ApiProperty({ maxLength: MOTIVATION_MAX })
  @IsString()
  @Matches(/\S/, { message: 'motivation must not be blank' })
  @MaxLength(MOTIVATION_MAX)
  motivation!: string;

  @ApiProperty({ minimum: 1, description: 'Whole euros per day' })
  @IsInt()
  @Min(1)
  @Max(MAX_DAY_RATE_LIMIT)
  proposedDayRate!: number;

  @ApiProperty({ format: 'date', example: '2030-03-01', description: 'Today or later' })
  @IsCalendarDate()
  availableFrom!: string;
}

export class RejectResponseDto {
  @ApiProperty({ enum: REJECTION_REASONS, description: 'Shown to the interim manager' })
  @IsIn(REJECTION_REASONS)
  reason!: RejectionReason;

  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'Shown to the interim manager' })
  @Optional()
  @IsString()
  @MaxLength(NOTE_MAX)
  note?: string;
}

export class ResponseListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RESPONSE_STATUSES })
  @Optional()
  @IsIn(RESPONSE_STATUSES)
  status?: ResponseStatus;
}

export class RespondentView {
  @ApiProperty({ format: 'uuid', description: 'The interim manager (user id)' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ nullable: true, type: String, description: 'From the profile, when there is one' })
  headline!: string | null;
}

/**
 * A response as a hiring manager sees it: who, why, when, and whether the proposed rate fits the
 * assignment's budget, but not the rate itself. Price is procurement's business; hiring managers
 * choose on quality.
 */
export class ResponseForHiringManagerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ type: RespondentView }) interim!: RespondentView;
  @ApiProperty() motivation!: string;
  @ApiProperty({ format: 'date' }) availableFrom!: string;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'proposed rate ≤ maximum day rate (null when the assignment has no maximum)',
  })
  withinBudget!: boolean | null;
  @ApiProperty({ enum: RESPONSE_STATUSES }) status!: ResponseStatus;
  @ApiProperty({ enum: REJECTION_REASONS, nullable: true, type: String })
  rejectionReason!: RejectionReason | null;
  @ApiProperty({ nullable: true, type: String }) rejectionNote!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Match score 0-100 when matching has scored this interim for the assignment',
  })
  matchScore!: number | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** The same, with the proposed day rate: for procurement and organisation admins. */
export class ResponseForProcurementView extends ResponseForHiringManagerView {
  @ApiProperty({ description: 'Whole euros per day' }) proposedDayRate!: number;
}

@ApiExtraModels(ResponseForProcurementView, ResponseForHiringManagerView)
export class ResponsePageView {
  @ApiProperty({
    description:
      'ResponseForProcurementView items for procurement and admins, ResponseForHiringManagerView otherwise',
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(ResponseForProcurementView) },
        { $ref: getSchemaPath(ResponseForHiringManagerView) },
      ],
    },
  })
  items!: ResponseForHiringManagerView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class RespondedAssignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty() organisationName!: string;
}

/** An interim manager's own response, with its state and, when rejected, the reason and note. */
export class MyResponseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: RespondedAssignmentView }) assignment!: RespondedAssignmentView;
  @ApiProperty() motivation!: string;
  @ApiProperty() proposedDayRate!: number;
  @ApiProperty({ format: 'date' }) availableFrom!: string;
  @ApiProperty({ enum: RESPONSE_STATUSES }) status!: ResponseStatus;
  @ApiProperty({ enum: REJECTION_REASONS, nullable: true, type: String })
  rejectionReason!: RejectionReason | null;
  @ApiProperty({ nullable: true, type: String }) rejectionNote!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class MyResponsePageView {
  @ApiProperty({ type: [MyResponseView] }) items!: MyResponseView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
