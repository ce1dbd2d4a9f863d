import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Ip,
  Param,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParamPipe } from '@gilde/kernel';
import { Authenticated, CurrentSession, CurrentUser, Public } from '../access/access.decorators';
import { AuthThrottle } from '../access/auth-throttle.decorator';
import { AuthUser } from '../access/auth-user';
import type { AccessSession } from '../auth/token.service';
import { SessionCookiesService } from '../auth/session-cookies.service';
import { MeView } from '../dto/organisation.dto';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';
import {
  AcceptedView,
  ChangePasswordDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  SessionListView,
  UpdateMeDto,
  VerifyEmailDto,
} from './accounts.dto';
import { AccountsService, RequestOrigin, capUserAgent } from './accounts.service';

function origin(request: FastifyRequest, ip: string): RequestOrigin {
  return { ip: ip || null, userAgent: capUserAgent(request.headers['user-agent']) };
}

@ApiTags('accounts')
@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly cookies: SessionCookiesService,
  ) {}

  @Post('auth/verify-email')
  @Public()
  @HttpCode(204)
  @AuthThrottle()
  @ApiOperation({
    summary: 'Verify the e-mail address with the token of the link (single use, 48 h)',
  })
  @ApiResponse({ status: 204 })
  verifyEmail(@Body() dto: VerifyEmailDto): Promise<void> {
    return this.accounts.verifyEmail(dto.token);
  }

  @Post('auth/verify-email/resend')
  @Authenticated()
  @HttpCode(202)
  @AuthThrottle()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Send a new verification link (a few an hour)' })
  @ApiResponse({ status: 202 })
  resendVerification(@CurrentUser() user: AuthUser): Promise<void> {
    return this.accounts.resendVerification(user);
  }

  @Post('auth/password-reset')
  @Public()
  @HttpCode(202)
  @AuthThrottle()
  @ApiOperation({
    summary:
      'Ask for a password reset link (1 h, single use). The answer is the same whether or not ' +
      'an account has the address',
  })
  @ApiResponse({ status: 202, type: AcceptedView })
  async requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<AcceptedView> {
    await this.accounts.requestPasswordReset(dto.email);
    return {
      status: 'accepted',
      message: 'If an account uses this address, a link to choose a new password is on its way.',
    };
  }

  @Post('auth/password-reset/confirm')
  @Public()
  @HttpCode(204)
  @AuthThrottle()
  @ApiOperation({
    summary: 'Set a new password with a reset token; every session of the account ends',
  })
  @ApiResponse({ status: 204 })
  confirmPasswordReset(
    @Body() dto: PasswordResetConfirmDto,
    @Req() request: FastifyRequest,
    @Ip() ip: string,
  ): Promise<void> {
    return this.accounts.confirmPasswordReset(dto.token, dto.password, origin(request, ip));
  }

  @Post('auth/logout-all')
  @Authenticated()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End every session of the account, this one included' })
  @ApiResponse({ status: 204 })
  async logoutAll(
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.accounts.logoutAll(user.id);
    this.cookies.clear(reply);
  }

  @Post('me/password')
  @Authenticated()
  @HttpCode(204)
  @AuthThrottle()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change the password; every other session ends' })
  @ApiResponse({ status: 204 })
  changePassword(
    @CurrentUser() user: AuthUser,
    @CurrentSession() session: AccessSession,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Ip() ip: string,
  ): Promise<void> {
    return this.accounts.changePassword(
      user,
      session.familyId,
      dto.currentPassword,
      dto.newPassword,
      origin(request, ip),
    );
  }

  @Patch('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change the display name or language' })
  @ApiResponse({ status: 200, type: MeView })
  async updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeView> {
    await this.accounts.updateMe(user.id, dto);
    const fresh = await this.users.findActiveAuthUser(user.id);
    return this.organisations.me(fresh ?? user);
  }

  @Get('me/sessions')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in sessions (device, IP, created, last used)' })
  @ApiResponse({ status: 200, type: SessionListView })
  async sessions(
    @CurrentUser() user: AuthUser,
    @CurrentSession() session: AccessSession,
  ): Promise<SessionListView> {
    return { items: await this.accounts.sessions(user.id, session.familyId) };
  }

  @Delete('me/sessions/:id')
  @Authenticated()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End one session (its refresh tokens are revoked, its streams close)' })
  @ApiResponse({ status: 204 })
  endSession(@CurrentUser() user: AuthUser, @Param('id', IdParamPipe) id: string): Promise<void> {
    return this.accounts.endSession(user.id, id);
  }
}
