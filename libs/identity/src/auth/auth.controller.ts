import { Body, Controller, HttpCode, HttpException, Ip, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiError } from '@gilde/kernel';
import { IdentityErrors } from '../identity.errors';
import { AuthThrottle } from '../access/auth-throttle.decorator';
import { AuthUser } from '../access/auth-user';
import { Authenticated, CurrentUser, Public } from '../access/access.decorators';
import { LoginDto, RefreshDto, RegisterDto, TokensView } from '../dto/auth.dto';
import { capUserAgent } from '../accounts/accounts.service';
import { AuthService } from './auth.service';
import { SessionCookiesService } from './session-cookies.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: SessionCookiesService,
  ) {}

  @Post('register')
  @Public()
  @AuthThrottle()
  @ApiOperation({
    summary:
      'Create an account (interim manager or client user); also sets the browser session cookie',
  })
  @ApiResponse({ status: 201, type: TokensView })
  async register(
    @Body() dto: RegisterDto,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensView> {
    const tokens = await this.auth.register(dto, {
      ip: ip || null,
      userAgent: capUserAgent(request.headers['user-agent']),
    });
    this.cookies.set(reply, tokens.refreshToken!);
    return tokens;
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @AuthThrottle()
  @ApiOperation({
    summary:
      'Sign in; also sets the browser session cookie. Failed attempts are limited per account and per IP',
  })
  @ApiResponse({ status: 200, type: TokensView })
  async login(
    @Body() dto: LoginDto,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensView> {
    const tokens = await this.auth.login(dto, ip, capUserAgent(request.headers['user-agent']));
    this.cookies.set(reply, tokens.refreshToken!);
    return tokens;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @AuthThrottle()
  @ApiOperation({
    summary:
      'Rotate a refresh token (body refreshToken, or the session cookie with X-CSRF-Token); ' +
      'a reused token revokes the session',
  })
  @ApiResponse({ status: 200, type: TokensView })
  async refresh(
    @Body() dto: RefreshDto,
    @Req() request: FastifyRequest,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokensView> {
    const origin = { ip: ip || null, userAgent: capUserAgent(request.headers['user-agent']) };
    if (dto.refreshToken) return this.auth.refresh(dto.refreshToken, origin);
    const fromCookie = this.cookies.fromRequest(request);
    if (!fromCookie) {
      throw apiError(
        401,
        IdentityErrors.no_session,
        'No session: sign in, or send refreshToken in the body.',
      );
    }
    try {
      const { refreshToken, ...tokens } = await this.auth.refresh(fromCookie, origin);
      this.cookies.set(reply, refreshToken!);
      return tokens;
    } catch (err) {
      // A refused cookie is of no further use: the browser forgets it.
      if (err instanceof HttpException && err.getStatus() === 401) this.cookies.clear(reply);
      throw err;
    }
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'End the session of the refresh token (body, or the session cookie with X-CSRF-Token); ' +
      'its live streams close',
  })
  async logout(
    @Body() dto: RefreshDto,
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const presented = dto.refreshToken ?? this.cookies.fromRequest(request);
    if (presented) await this.auth.logout(presented, user.id);
    this.cookies.clear(reply);
  }
}
