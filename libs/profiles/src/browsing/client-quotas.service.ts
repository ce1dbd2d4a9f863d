import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes, RateLimiterUnion } from 'rate-limiter-flexible';
import { ApiException, AppConfig, REDIS, apiError } from '@gilde/kernel';
import { ProfileErrors } from '../profiles.errors';
import { CALENDAR_ZONE } from '../credentials/credential-status';

/**
 * Adds the profile to the caller's set for the day unless the set is full; a profile already
 * in the set is free. One script, so concurrent requests on several API processes cannot both
 * take the last place. Answers 1 when allowed, 0 when the quota is used up.
 */
const ADMIT_DISTINCT = `
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 1 end
if redis.call('SCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('SADD', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
return 1`;

const TWO_DAYS_SECONDS = 2 * 24 * 3600;

/**
 * Per-user quotas against paging through every interim profile: distinct profiles opened per
 * calendar day and searches per hour and per day, counted in Redis and so shared by every API
 * process. When Redis cannot be reached the request is let through (and logged), as for the
 * other limiters: an outage of a counter must not become an outage of the API.
 */
@Injectable()
export class ClientQuotasService {
  private readonly logger = new Logger(ClientQuotasService.name);
  private readonly searches: RateLimiterUnion;
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {
    this.prefix = `${config.redis.queuePrefix}:quota`;
    const common = { storeClient: redis, useRedisPackage: false };
    this.searches = new RateLimiterUnion(
      new RateLimiterRedis({
        ...common,
        keyPrefix: `${this.prefix}:searches-hour`,
        points: config.quotas.searchesPerHour,
        duration: 3600,
      }),
      new RateLimiterRedis({
        ...common,
        keyPrefix: `${this.prefix}:searches-day`,
        points: config.quotas.searchesPerDay,
        duration: 24 * 3600,
      }),
    );
  }

  /** Counts one search; 429 with Retry-After past the hourly or daily quota. */
  async chargeSearch(userId: string): Promise<void> {
    try {
      await this.searches.consume(userId);
    } catch (outcome) {
      // The union rejects with one result per limiter: a refusal, or Redis's error.
      const results =
        outcome instanceof Error
          ? [outcome]
          : Object.values(outcome as Record<string, RateLimiterRes | Error>);
      const refused = results.filter((r): r is RateLimiterRes => r instanceof RateLimiterRes);
      if (!refused.length) {
        this.unavailable(results.find((r) => r instanceof Error) ?? new Error(String(outcome)));
        return;
      }
      const wait = Math.max(...refused.map((r) => r.msBeforeNext));
      throw tooMany(
        `You have reached your search quota (${this.config.quotas.searchesPerHour} an hour, ` +
          `${this.config.quotas.searchesPerDay} a day).`,
        Math.ceil(wait / 1000),
      );
    }
  }

  /**
   * Counts a profile the caller has not opened yet on `day` (Europe/Amsterdam); opening it again
   * that day is free. 429 with Retry-After (until the next day) once the quota is used up.
   */
  async chargeProfileView(
    userId: string,
    interimId: string,
    day: string,
    now: Date = new Date(),
  ): Promise<void> {
    const limit = this.config.quotas.profileViewsPerDay;
    let admitted: unknown;
    try {
      admitted = await this.redis.eval(
        ADMIT_DISTINCT,
        1,
        `${this.prefix}:profile-views:${userId}:${day}`,
        interimId,
        limit,
        TWO_DAYS_SECONDS,
      );
    } catch (err) {
      this.unavailable(err as Error);
      return;
    }
    if (admitted === 0) {
      throw tooMany(
        `You have opened ${limit} interim profiles today, the daily maximum. Profiles of interim ` +
          'managers who responded to your organisation stay available.',
        secondsUntilNextDay(now),
      );
    }
  }

  private unavailable(err: Error): void {
    this.logger.warn(`Client quotas unavailable, request let through: ${err.message}`);
  }
}

function tooMany(message: string, retryAfter: number): ApiException {
  const seconds = Math.max(1, retryAfter);
  return apiError(
    429,
    ProfileErrors.client_quota_exceeded,
    `${message} Try again in ${seconds} seconds.`,
    {
      retryAfter: seconds,
    },
  );
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: CALENDAR_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * Seconds until midnight in the platform's calendar. On the two days a year the clocks change
 * this is an hour off, which a Retry-After can afford.
 */
export function secondsUntilNextDay(now: Date): number {
  const part = (type: string) =>
    Number(clock.formatToParts(now).find((p) => p.type === type)?.value ?? 0);
  const elapsed = part('hour') * 3600 + part('minute') * 60 + part('second');
  return Math.max(1, 24 * 3600 - elapsed);
}
