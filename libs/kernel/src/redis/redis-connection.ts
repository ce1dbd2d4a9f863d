import { Logger } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';

export type RedisRole = 'producer' | 'worker' | 'client' | 'subscriber';

/**
 * Producers fail fast when Redis is down (the outbox keeps the event); workers and
 * subscribers wait for Redis forever, as BullMQ requires.
 */
export function createRedis(url: string, role: RedisRole, name: string): Redis {
  const waitForever = role === 'worker' || role === 'subscriber';
  const options: RedisOptions = {
    connectionName: `gilde-${name}`,
    maxRetriesPerRequest: waitForever ? null : 1,
    enableOfflineQueue: waitForever,
    connectTimeout: 2000,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
  const redis = new Redis(url, options);
  const logger = new Logger(`Redis:${name}`);
  let lastLogged = 0;
  // Without a listener an ECONNRESET becomes an unhandled 'error' event.
  redis.on('error', (err: Error) => {
    const now = Date.now();
    if (now - lastLogged > 5000) {
      lastLogged = now;
      logger.warn(`Redis connection problem: ${err.message}`);
    }
  });
  return redis;
}
