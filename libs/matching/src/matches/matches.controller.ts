import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import { PageQuery, IdParamPipe } from '@gilde/kernel';
import {
  AssignmentMatchView,
  InterimMatchPage,
  MatchWeightsDto,
  MatchWeightsView,
  MatchesQuery,
} from '../dto/matches.dto';
import { MatchesService } from './matches.service';

const uuid = IdParamPipe;

@ApiTags('matching')
@ApiBearerAuth()
@Controller()
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get('assignments/:id/matches')
  @Authenticated('client')
  @ApiOperation({
    summary: 'Ranked, explained matches of an assignment (organisation members)',
    description:
      'Best first. Interims left out only because their minimum rate is above the budget follow, ' +
      'with rank null and the flag "rate"; reciprocal is false when the interim’s own preferences ' +
      'rule the assignment out (they are not notified).',
  })
  @ApiResponse({ status: 200, type: [AssignmentMatchView] })
  forAssignment(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Query() query: MatchesQuery,
  ): Promise<AssignmentMatchView[]> {
    return this.matches.forAssignment(user, id, query);
  }

  @Get('interims/me/matches')
  @Authenticated('interim')
  @ApiOperation({ summary: 'Published assignments matched to the caller, with the same breakdown' })
  @ApiResponse({ status: 200, type: InterimMatchPage })
  forMe(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<InterimMatchPage> {
    return this.matches.forInterim(user, query);
  }

  @Get('assignments/:id/match-weights')
  @Authenticated('client')
  @ApiOperation({ summary: 'The weights the assignment is matched with (organisation members)' })
  @ApiResponse({ status: 200, type: MatchWeightsView })
  weights(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<MatchWeightsView> {
    return this.matches.weights(user, id);
  }

  @Put('assignments/:id/match-weights')
  @Authenticated('client')
  @ApiOperation({
    summary:
      'Adjust the component weights for one assignment (hiring managers); bounded, adding up to 100',
  })
  @ApiResponse({ status: 200, type: MatchWeightsView })
  setWeights(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: MatchWeightsDto,
  ): Promise<MatchWeightsView> {
    return this.matches.setWeights(user, id, dto);
  }
}
