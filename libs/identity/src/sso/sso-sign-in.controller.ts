import { Controller, Get, Ip, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiException, AppConfig } from '@gilde/kernel';
import { Public } from '../access/access.decorators';
import { AuthThrottle } from '../access/auth-throttle.decorator';
import { capUserAgent } from '../accounts/accounts.service';
import { SessionCookiesService } from '../auth/session-cookies.service';
import { SSO_ATTEMPT_TTL_SECONDS } from './sso-attempts.service';
import { SsoCallbackQuery, SsoStartQuery } from './sso.dto';
import { SsoSignInService } from './sso-sign-in.service';

/** Binds an attempt to the browser that started it; sent back on the provider's redirect. */
const SSO_COOKIE = 'gilde_sso';
const SSO_COOKIE_PATH = '/api/v1/auth/sso';

/** A browser navigating here (not a program) gets the web app's page, not a JSON body. */
function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

@ApiTags('auth')
@Controller('auth/sso')
export class SsoSignInController {
  constructor(
    private readonly signIn: SsoSignInService,
    private readonly cookies: SessionCookiesService,
    private readonly config: AppConfig,
  ) {}

  @Get('start')
  @Public()
  @AuthThrottle()
  @ApiOperation({
    summary:
      "Sign in through the organisation that claims the e-mail's domain: redirects to its " +
      'identity provider (a browser is sent back to /login?sso=<code> when that fails)',
  })
  @ApiResponse({ status: 303, description: "Redirect to the organisation's identity provider" })
  async start(
    @Query() query: SsoStartQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.answer(request, reply, async () => {
      const { url, browserBinding } = await this.signIn.start(query.email);
      reply.setCookie(SSO_COOKIE, browserBinding, {
        httpOnly: true,
        // Lax: the cookie must come along on the provider's top-level redirect back.
        sameSite: 'lax',
        secure: this.config.isProduction,
        path: SSO_COOKIE_PATH,
        maxAge: SSO_ATTEMPT_TTL_SECONDS,
      });
      return url;
    });
  }

  @Get('callback')
  @Public()
  @AuthThrottle()
  @ApiOperation({
    summary:
      "The identity provider's redirect back: verifies state, nonce, PKCE and the ID token, " +
      'signs the user in (session cookie) and redirects to the web app',
  })
  @ApiResponse({ status: 303, description: 'Signed in: redirect to the web app' })
  async callback(
    @Query() query: SsoCallbackQuery,
    @Ip() ip: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.answer(request, reply, async () => {
      const binding = request.cookies?.[SSO_COOKIE];
      reply.clearCookie(SSO_COOKIE, { path: SSO_COOKIE_PATH });
      const tokens = await this.signIn.complete(query, binding, {
        ip: ip || null,
        userAgent: capUserAgent(request.headers['user-agent']),
      });
      this.cookies.set(reply, tokens.refreshToken!);
      return `${this.config.publicUrl}/`;
    });
  }

  /** Redirects to where `run` says; a refusal goes to the login page for a browser. */
  private async answer(
    request: FastifyRequest,
    reply: FastifyReply,
    run: () => Promise<string>,
  ): Promise<void> {
    let location: string;
    try {
      location = await run();
    } catch (err) {
      if (!(err instanceof ApiException) || !wantsPage(request)) throw err;
      location = `${this.config.publicUrl}/login?sso=${encodeURIComponent(err.code)}`;
    }
    await reply.redirect(location, 303);
  }
}
