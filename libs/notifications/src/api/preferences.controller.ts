import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuthUser, Authenticated, CurrentUser } from '@gilde/identity';
import { NotificationPreferencesView, UpdatePreferencesDto } from './preferences.dto';
import { PreferencesService } from './preferences.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Own notification preferences per kind (defaults for the role where none were chosen)',
  })
  @ApiResponse({ status: 200, type: NotificationPreferencesView })
  get(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesView> {
    return this.preferences.get(user);
  }

  @Put()
  @Authenticated()
  @ApiOperation({
    summary:
      'Change preferences for the kinds given (others stay); in-app is immediate, frequency says how e-mail goes; ' +
      "an interim's profile alert setting 'off' also stops match notifications",
  })
  @ApiResponse({ status: 200, type: NotificationPreferencesView })
  put(
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdatePreferencesDto,
  ): Promise<NotificationPreferencesView> {
    return this.preferences.update(user, dto);
  }
}
