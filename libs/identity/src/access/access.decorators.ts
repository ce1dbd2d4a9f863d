import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { KernelErrors, apiError } from '@gilde/kernel';
import { AccountType } from '../entities/user.entity';
import { AuthUser } from './auth-user';
import type { AccessSession } from '../auth/token.service';

export const ACCESS_RULE = 'gilde:access-rule';

/** Who may call a route. Every handler carries exactly one rule; none means denied. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated'; accountTypes: AccountType[] | 'any' }
  | { kind: 'platform_admin' };

/** Anyone, without a token. */
export const Public = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, or only the given account types. */
export const Authenticated = (...accountTypes: AccountType[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, {
    kind: 'authenticated',
    accountTypes: accountTypes.length ? accountTypes : 'any',
  } satisfies AccessRule);

/** Gilde's own staff. */
export const PlatformAdminOnly = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { kind: 'platform_admin' } satisfies AccessRule);

export const VERIFIED_EMAIL = 'gilde:verified-email';

/**
 * The action needs a proven e-mail address (creating an organisation, publishing, responding,
 * inviting, accepting a contract): an unverified caller gets 403 `email_not_verified`.
 * Combine with an access rule; the access guard checks it.
 */
export const RequiresVerifiedEmail = (): MethodDecorator => SetMetadata(VERIFIED_EMAIL, true);

/** The verified caller, as loaded by the access guard. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw apiError(401, KernelErrors.unauthenticated, 'Sign in first.');
  return user;
});

/** The access token's session (sign-in and expiry) on an authenticated route. */
export const CurrentSession = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AccessSession => {
    const session = ctx.switchToHttp().getRequest<{ session?: AccessSession }>().session;
    if (!session) throw apiError(401, KernelErrors.unauthenticated, 'Sign in first.');
    return session;
  },
);
