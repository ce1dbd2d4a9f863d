import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IdParamPipe } from '@gilde/kernel';
import { Authenticated, CurrentUser, RequiresVerifiedEmail } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { SsoSettingsDto, SsoSettingsView } from './sso.dto';
import { SsoSettingsService } from './sso-settings.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations/:id/sso')
export class SsoSettingsController {
  constructor(private readonly settings: SsoSettingsService) {}

  @Get()
  @Authenticated('client')
  @ApiOperation({
    summary: "The organisation's single sign-on settings, without the client secret (admins)",
  })
  @ApiResponse({ status: 200, type: SsoSettingsView })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
  ): Promise<SsoSettingsView> {
    return this.settings.get(user, id);
  }

  @Put()
  @RequiresVerifiedEmail()
  @Authenticated('client')
  @ApiOperation({
    summary:
      'Switch on or change OpenID Connect single sign-on for the organisation (admins); the ' +
      "issuer's discovery document is read first",
  })
  @ApiResponse({ status: 200, type: SsoSettingsView })
  put(
    @CurrentUser() user: AuthUser,
    @Param('id', IdParamPipe) id: string,
    @Body() dto: SsoSettingsDto,
  ): Promise<SsoSettingsView> {
    return this.settings.put(user, id, dto);
  }

  @Delete()
  @RequiresVerifiedEmail()
  @Authenticated('client')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Switch single sign-on off (admins): its domains are released; members keep their accounts',
  })
  remove(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.settings.remove(user, id);
  }
}
