import type { ExecutionContext } from '@nestjs/common';
import {
  DEFAULT_IPV6_SUBNET_PREFIX,
  ThrottlerGetTrackerFunction,
  normalizeIp,
} from '@nestjs/throttler';
import { TokenService } from '@gilde/identity';

interface TrackedRequest {
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The client's IP as Fastify resolved it under TRUST_PROXY; an IPv6 /64 counts as one client. */
export const ipTracker: ThrottlerGetTrackerFunction = (req) =>
  `ip:${normalizeIp((req as TrackedRequest).ip ?? 'unknown', DEFAULT_IPV6_SUBNET_PREFIX)}`;

/**
 * The signed-in user when the request carries a valid access token, else the IP. Keyed on the
 * user, rotating addresses does not buy a fresh bucket, and colleagues behind one NAT do not share
 * one. Only a verified token counts: a made-up one would otherwise pick any bucket it liked.
 */
export function userOrIpTracker(tokens: TokenService): ThrottlerGetTrackerFunction {
  return async (req, context) => {
    const header = (req as TrackedRequest).headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) {
      const userId = await tokens.verifyAccessToken(header.slice(7).trim());
      if (userId) return `user:${userId}`;
    }
    return ipTracker(req, context);
  };
}

/** One counter per client across every route (the library's default keys per route). */
export function acrossRoutes(_context: ExecutionContext, tracker: string, name: string): string {
  return `throttle:${name}:${tracker}`;
}
