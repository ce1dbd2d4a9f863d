import { SetMetadata } from '@nestjs/common';

export const AUTH_THROTTLE = 'gilde:auth-throttle';

/** Puts a route under the stricter "auth" rate limit (sign-up, sign-in, token refresh). */
export const AuthThrottle = (): MethodDecorator => SetMetadata(AUTH_THROTTLE, true);
