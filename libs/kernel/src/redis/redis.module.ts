import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { createRedis } from './redis-connection';

export const REDIS = Symbol('gilde:redis');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** A general-purpose, fail-fast Redis client (rate limits, pub/sub publishing, caches). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createRedis(config.redis.url, 'client', 'client'),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
