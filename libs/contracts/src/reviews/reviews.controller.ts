import { Body, Controller, Get, Ip, Param, Post } from '@nestjs/common';
import { IdParamPipe } from '@gilde/kernel';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import { CreateReviewDto, ReviewListView, ReviewView } from './review.dto';
import { ReviewsService } from './reviews.service';

const uuid = IdParamPipe;

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts/:id/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post()
  @Authenticated()
  @ApiOperation({
    summary: 'Review the other side of a completed contract, once per side',
    description:
      'Hiring managers rate the interim (aspects: results, collaboration); the interim rates the ' +
      'organisation (clarity, decisiveness, payment, collaboration).',
  })
  @ApiResponse({ status: 201, type: ReviewView })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: CreateReviewDto,
    @Ip() ip: string,
  ): Promise<ReviewView> {
    return this.reviews.create(user, id, dto, ip ?? null);
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: "The contract's reviews (parties)" })
  @ApiResponse({ status: 200, type: ReviewListView })
  list(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<ReviewListView> {
    return this.reviews.list(user, id);
  }
}
