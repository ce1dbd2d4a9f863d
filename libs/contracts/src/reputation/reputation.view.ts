import { ApiProperty } from '@nestjs/swagger';

export class ResponseRateView {
  @ApiProperty({ description: 'Responses that were not withdrawn' }) received!: number;
  @ApiProperty({ description: 'Of those, shortlisted, rejected or selected' }) answered!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'answered / received, 0-1' })
  rate!: number | null;
}

export class DecisionTimeView {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median days from response to first decision',
  })
  medianDays!: number | null;
  @ApiProperty() sampleSize!: number;
}

export class ClientReviewsView {
  @ApiProperty() count!: number;
  @ApiProperty({ nullable: true, type: Number }) averageRating!: number | null;
  @ApiProperty({
    type: Object,
    description:
      'Average per aspect: clarity, decisiveness, payment, collaboration (null when unrated)',
  })
  aspects!: Record<string, number | null>;
}

export class ClientReputationView {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: DecisionTimeView }) decisionTime!: DecisionTimeView;
  @ApiProperty({ type: ResponseRateView }) responseRate!: ResponseRateView;
  @ApiProperty({ type: ClientReviewsView }) reviews!: ClientReviewsView;
  @ApiProperty() completedContracts!: number;
}
