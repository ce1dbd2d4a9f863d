import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiException, KernelErrors, apiError } from '@gilde/kernel';
import { AccountErrors } from '../accounts/accounts.errors';
import { IdentityErrors } from '../identity.errors';
import { AccessRule, ACCESS_RULE, VERIFIED_EMAIL } from './access.decorators';
import { AuthUser } from './auth-user';
import { AccessSession, TokenService } from '../auth/token.service';
import { UsersService } from '../users/users.service';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
  session?: AccessSession;
  ip?: string;
  url?: string;
}

/**
 * The one authorization gate, registered globally: deny by default, explicit public
 * routes, account-type and platform-admin checks. Organisation scoping happens in
 * services through OrganisationAccessService, which answers 404 for other organisations.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Security');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<RequestLike>();
    if (!rule) {
      this.logger.error(`Route without an access rule was called: ${request.url ?? ''}`);
      throw apiError(403, KernelErrors.forbidden, 'This route is not available.');
    }
    if (rule.kind === 'public') return true;

    const header = request.headers.authorization;
    const token =
      typeof header === 'string' && header.startsWith('Bearer ')
        ? header.slice(7).trim()
        : undefined;
    if (!token) {
      throw apiError(
        401,
        KernelErrors.unauthenticated,
        'Sign in first: send Authorization: Bearer <accessToken>.',
      );
    }
    const session = await this.tokens.verifyAccessSession(token);
    if (!session) {
      this.logger.warn(
        { event: 'auth.invalid_token', ip: request.ip },
        'Rejected an invalid access token',
      );
      throw apiError(
        401,
        IdentityErrors.access_token_invalid,
        'The access token is invalid or expired.',
      );
    }
    const user = await this.users.findActiveAuthUser(session.userId);
    if (!user) throw apiError(401, IdentityErrors.account_gone, 'The account no longer exists.');
    request.user = user;
    request.session = session;
    if (!user.emailVerified && this.reflector.get<boolean>(VERIFIED_EMAIL, context.getHandler())) {
      throw this.notVerified(user, request);
    }

    switch (rule.kind) {
      case 'platform_admin':
        if (!user.isPlatformAdmin) {
          if (await this.users.isAdminPendingVerification(user)) {
            throw this.notVerified(user, request);
          }
          throw this.denied(user, request, 'platform admins only', KernelErrors.forbidden);
        }
        return true;
      case 'authenticated':
        if (rule.accountTypes !== 'any' && !rule.accountTypes.includes(user.accountType)) {
          throw this.denied(
            user,
            request,
            `${rule.accountTypes.join(' or ')} accounts only`,
            IdentityErrors.account_type_not_allowed,
          );
        }
        return true;
    }
  }

  private notVerified(user: AuthUser, request: RequestLike): ApiException {
    this.logger.warn(
      { event: 'auth.email_not_verified', userId: user.id, url: request.url },
      'Forbidden: e-mail address not verified',
    );
    return apiError(
      403,
      AccountErrors.email_not_verified,
      'Verify your e-mail address first: follow the link we sent, or ask for a new one.',
    );
  }

  private denied(user: AuthUser, request: RequestLike, why: string, code: string): ApiException {
    this.logger.warn(
      { event: 'auth.forbidden', userId: user.id, url: request.url },
      `Forbidden: ${why}`,
    );
    return apiError(403, code, `This is for ${why}.`);
  }
}
