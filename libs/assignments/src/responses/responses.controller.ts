import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser, RequiresVerifiedEmail } from '@gilde/identity';
import { Page, IdParamPipe } from '@gilde/kernel';
import {
  CreateResponseDto,
  MyResponsePageView,
  MyResponseView,
  RejectResponseDto,
  ResponseForHiringManagerView,
  ResponseForProcurementView,
  ResponseListQuery,
  ResponsePageView,
} from '../dto/response.dto';
import { ResponsesService } from './responses.service';

const uuid = IdParamPipe;
const ROLE_VIEW_SCHEMA = {
  oneOf: [
    { $ref: getSchemaPath(ResponseForProcurementView) },
    { $ref: getSchemaPath(ResponseForHiringManagerView) },
  ],
};
const ROLE_VIEWS =
  'Procurement and organisation admins get ResponseForProcurementView (with proposedDayRate); ' +
  'hiring managers get ResponseForHiringManagerView (withinBudget instead of the rate).';

@ApiTags('responses')
@ApiBearerAuth()
@ApiExtraModels(ResponseForProcurementView, ResponseForHiringManagerView)
@Controller()
export class ResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  @Post('assignments/:id/responses')
  @RequiresVerifiedEmail()
  @Authenticated('interim')
  @ApiOperation({
    summary: 'Respond to a published assignment (interim managers, once)',
    description: 'A second response to the same assignment is 409; writes response.submitted.',
  })
  @ApiResponse({ status: 201, type: MyResponseView })
  submit(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: CreateResponseDto,
  ): Promise<MyResponseView> {
    return this.responses.submit(user, id, dto);
  }

  @Get('assignments/:id/responses')
  @Authenticated('client')
  @ApiOperation({
    summary: "An assignment's responses with match scores, oldest first (organisation members)",
    description: ROLE_VIEWS,
  })
  @ApiResponse({ status: 200, type: ResponsePageView })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Query() query: ResponseListQuery,
  ): Promise<Page<ResponseForHiringManagerView>> {
    return this.responses.listForAssignment(user, id, query);
  }

  @Get('interims/me/responses')
  @Authenticated('interim')
  @ApiOperation({
    summary: 'The caller’s own responses, newest first, with states and rejection reasons',
  })
  @ApiResponse({ status: 200, type: MyResponsePageView })
  mine(
    @CurrentUser() user: AuthUser,
    @Query() query: ResponseListQuery,
  ): Promise<Page<MyResponseView>> {
    return this.responses.listMine(user, query);
  }

  @Post('responses/:id/shortlist')
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Shortlist a submitted response (hiring managers)',
    description: `submitted → shortlisted; writes response.shortlisted. ${ROLE_VIEWS}`,
  })
  @ApiResponse({ status: 200, schema: ROLE_VIEW_SCHEMA })
  shortlist(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
  ): Promise<ResponseForHiringManagerView> {
    return this.responses.decide(user, id, 'shortlist');
  }

  @Post('responses/:id/select')
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Select a shortlisted response (hiring managers)',
    description:
      'shortlisted → selected; one selected response per assignment (409 for a second). Writes ' +
      `response.selected, which asks procurement for a contract. ${ROLE_VIEWS}`,
  })
  @ApiResponse({ status: 200, schema: ROLE_VIEW_SCHEMA })
  select(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
  ): Promise<ResponseForHiringManagerView> {
    return this.responses.decide(user, id, 'select');
  }

  @Post('responses/:id/reject')
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reject a response with a reason (hiring managers)',
    description:
      'submitted or shortlisted → rejected; the interim manager sees the reason and the note. ' +
      `Writes response.rejected. ${ROLE_VIEWS}`,
  })
  @ApiResponse({ status: 200, schema: ROLE_VIEW_SCHEMA })
  reject(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: RejectResponseDto,
  ): Promise<ResponseForHiringManagerView> {
    return this.responses.decide(user, id, 'reject', dto);
  }

  @Post('responses/:id/withdraw')
  @Authenticated('interim')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw the own response (interim managers, until it is selected)',
    description: 'submitted or shortlisted → withdrawn; writes response.withdrawn.',
  })
  @ApiResponse({ status: 200, type: MyResponseView })
  withdraw(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<MyResponseView> {
    return this.responses.withdraw(user, id);
  }
}
