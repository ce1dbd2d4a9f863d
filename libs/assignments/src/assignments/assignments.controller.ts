import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
  AssignmentPageView,
  AssignmentView,
  AssignmentWriteView,
  CreateAssignmentDto,
  ListAssignmentsQuery,
  PublishedAssignmentView,
  UpdateAssignmentDto,
} from '../dto/assignment.dto';
import { AssignmentsService } from './assignments.service';

const uuid = IdParamPipe;

@ApiTags('assignments')
@ApiBearerAuth()
@ApiExtraModels(AssignmentView, PublishedAssignmentView)
@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Post()
  @Authenticated('client')
  @ApiOperation({
    summary: 'Draft an assignment (hiring managers of the organisation)',
    description:
      'Skill names may be English or Dutch labels or synonyms; unknown names are kept as free ' +
      'text and reported in skillResolution with suggestions.',
  })
  @ApiResponse({ status: 201, type: AssignmentWriteView })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateAssignmentDto,
  ): Promise<AssignmentWriteView> {
    return this.assignments.create(user, dto);
  }

  @Get()
  @Authenticated('client')
  @ApiOperation({ summary: "The organisation's assignments, newest first (members)" })
  @ApiResponse({ status: 200, type: AssignmentPageView })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListAssignmentsQuery,
  ): Promise<Page<AssignmentView>> {
    return this.assignments.list(user, query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({
    summary: 'One assignment',
    description:
      'Members of the organisation see it in every state; interim managers only while it is published.',
  })
  @ApiResponse({
    status: 200,
    schema: {
      oneOf: [
        { $ref: getSchemaPath(AssignmentView) },
        { $ref: getSchemaPath(PublishedAssignmentView) },
      ],
    },
  })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
  ): Promise<AssignmentView | PublishedAssignmentView> {
    return this.assignments.getForUser(user, id);
  }

  @Patch(':id')
  @Authenticated('client')
  @ApiOperation({
    summary: 'Edit an assignment (hiring managers)',
    description:
      'Drafts: every field. Published and closed: description, startDate, endDate, hoursPerWeek, ' +
      'maxDayRate and remoteShare (other fields are 409). Filled: nothing. maxDayRate is 409 ' +
      'once anyone responded and after 3 changes since publication (see maxDayRateLock); each ' +
      'change after publication is recorded in budgetChanges. Editing a published assignment ' +
      'writes assignment.updated.',
  })
  @ApiResponse({ status: 200, type: AssignmentWriteView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateAssignmentDto,
  ): Promise<AssignmentWriteView> {
    return this.assignments.update(user, id, dto);
  }

  @Post(':id/publish')
  @RequiresVerifiedEmail()
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a draft (hiring managers)',
    description: 'Checks completeness (400 lists what is missing); writes assignment.published.',
  })
  @ApiResponse({ status: 200, type: AssignmentView })
  publish(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<AssignmentView> {
    return this.assignments.transition(user, id, 'publish');
  }

  @Post(':id/close')
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a published assignment (hiring managers)' })
  @ApiResponse({ status: 200, type: AssignmentView })
  close(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<AssignmentView> {
    return this.assignments.transition(user, id, 'close');
  }

  @Post(':id/reopen')
  @Authenticated('client')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish a closed assignment again (hiring managers)',
    description: 'Checks completeness like publish; writes assignment.reopened.',
  })
  @ApiResponse({ status: 200, type: AssignmentView })
  reopen(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<AssignmentView> {
    return this.assignments.transition(user, id, 'reopen');
  }
}
