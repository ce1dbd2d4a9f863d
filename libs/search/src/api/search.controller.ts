import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import {
  AssignmentSearchPage,
  AssignmentSearchQuery,
  InterimSearchPage,
  InterimSearchQuery,
} from '../dto/search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller()
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get('interims/search')
  @Authenticated('client')
  @ApiOperation({
    summary: 'Full-text and filtered search over visible interim profiles (client users)',
  })
  @ApiResponse({ status: 200, type: InterimSearchPage })
  @ApiResponse({ status: 503, description: 'The search engine is unavailable' })
  interims(
    @CurrentUser() user: AuthUser,
    @Query() query: InterimSearchQuery,
  ): Promise<InterimSearchPage> {
    return this.search.searchInterims(user, query);
  }

  @Get('assignments/search')
  @Authenticated('interim')
  @ApiOperation({ summary: 'Typo-tolerant search over published assignments (interims)' })
  @ApiResponse({ status: 200, type: AssignmentSearchPage })
  @ApiResponse({ status: 503, description: 'The search engine is unavailable' })
  assignments(
    @CurrentUser() user: AuthUser,
    @Query() query: AssignmentSearchQuery,
  ): Promise<AssignmentSearchPage> {
    return this.search.searchAssignments(user, query);
  }
}
