import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import { PageQuery } from '@gilde/kernel';
import { ProfileViewsService } from './profile-views.service';
import { ProfileViewPage } from './profile-views.view';

@ApiTags('interims')
@ApiBearerAuth()
@Controller('interims/me/profile-views')
export class ProfileViewsController {
  constructor(private readonly views: ProfileViewsService) {}

  @Get()
  @Authenticated('interim')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Which organisations opened your profile, and on which days',
    description:
      'One line per organisation and day, newest first; the person who looked is not shown. ' +
      'Kept for twelve months.',
  })
  @ApiResponse({ status: 200, type: ProfileViewPage })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<ProfileViewPage> {
    return this.views.listForInterim(user.id, query);
  }
}
