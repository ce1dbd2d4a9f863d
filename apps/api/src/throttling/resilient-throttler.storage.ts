import { Logger } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';

type Record = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One counter and its block, updated atomically (the script of @nest-lab/throttler-storage-redis,
 * whose keys it keeps). Registered as a command, ioredis sends it by its SHA (EVALSHA) rather than
 * its full text with every request.
 */
const INCREMENT = `
local totalHits = redis.call('INCR', KEYS[1])
local timeToExpire = redis.call('PTTL', KEYS[1])
local ttl = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local blockDuration = tonumber(ARGV[3])
if timeToExpire <= 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  timeToExpire = ttl
end
local isBlocked = redis.call('GET', KEYS[2])
local timeToBlockExpire = 0
if isBlocked then
  timeToBlockExpire = redis.call('PTTL', KEYS[2])
elseif totalHits > limit then
  redis.call('SET', KEYS[2], 1, 'PX', blockDuration)
  isBlocked = '1'
  timeToBlockExpire = blockDuration
end
if isBlocked and timeToBlockExpire <= 0 then
  redis.call('DEL', KEYS[2])
  redis.call('SET', KEYS[1], 1, 'PX', ttl)
  totalHits = 1
  timeToExpire = ttl
  isBlocked = false
end
return { totalHits, timeToExpire, isBlocked and 1 or 0, timeToBlockExpire }
`;

interface WithIncrement {
  gildeThrottle(
    hitKey: string,
    blockKey: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<[number, number, number, number]>;
}

/**
 * Rate-limit counters in Redis, shared by every API process. If Redis is down the
 * request is let through: an outage of the limiter must not become an outage of the API.
 */
export class ResilientThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(ResilientThrottlerStorage.name);
  private readonly redis: Redis & WithIncrement;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    if (!('gildeThrottle' in redis)) {
      redis.defineCommand('gildeThrottle', { numberOfKeys: 2, lua: INCREMENT });
    }
    this.redis = redis as Redis & WithIncrement;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<Record> {
    const base = `{${this.prefix}:${key}:${throttlerName}}`;
    try {
      const [totalHits, timeToExpire, isBlocked, timeToBlockExpire] =
        await this.redis.gildeThrottle(
          `${base}:hits`,
          `${base}:blocked`,
          ttl,
          limit,
          blockDuration,
        );
      return {
        totalHits,
        timeToExpire: Math.ceil(timeToExpire / 1000),
        isBlocked: isBlocked === 1,
        timeToBlockExpire: Math.ceil(timeToBlockExpire / 1000),
      };
    } catch (err) {
      this.logger.warn(`Rate limiter unavailable: ${(err as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
