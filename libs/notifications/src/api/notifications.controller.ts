import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { IdParamPipe } from '@gilde/kernel';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessSession,
  AuthUser,
  Authenticated,
  CurrentSession,
  CurrentUser,
} from '@gilde/identity';
import { StreamTokensService } from '../tokens/stream-tokens.service';
import {
  NotificationListQuery,
  NotificationPageView,
  ReadAllView,
  ReadView,
  StreamTokenView,
} from './notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly streamTokens: StreamTokensService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Own notifications, newest first, with the unread count' })
  @ApiResponse({ status: 200, type: NotificationPageView })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: NotificationListQuery,
  ): Promise<NotificationPageView> {
    return this.notifications.list(user, query);
  }

  @Post('read-all')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every own notification read' })
  @ApiResponse({ status: 200, type: ReadAllView })
  readAll(@CurrentUser() user: AuthUser): Promise<ReadAllView> {
    return this.notifications.markAllRead(user);
  }

  @Post('stream-token')
  @Authenticated()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'A one-time token for GET /notifications/stream?token= (EventSource cannot send headers)',
  })
  @ApiResponse({ status: 201, type: StreamTokenView })
  streamToken(
    @CurrentUser() user: AuthUser,
    @CurrentSession() session: AccessSession,
  ): StreamTokenView {
    // The stream lives no longer than this access token and ends with its sign-in.
    const { token, expiresAt } = this.streamTokens.issue(user.id, session);
    return { token, expiresAt: expiresAt.toISOString() };
  }

  @Post(':id/read')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one own notification read (404 for anyone else’s)' })
  @ApiResponse({ status: 200, type: ReadView })
  read(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<ReadView> {
    return this.notifications.markRead(user, id);
  }
}
