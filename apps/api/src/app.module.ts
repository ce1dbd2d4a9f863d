import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import Redis from 'ioredis';
import { IdentityModule } from '@gilde/identity';
import {
  AppConfig,
  ConfigModule,
  DatabaseModule,
  HttpExceptionFilter,
  LoggingModule,
  MetricsModule,
  QueueModule,
  REDIS,
  RedisModule,
} from '@gilde/kernel';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { ResilientThrottlerStorage } from './throttling/resilient-throttler.storage';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    RedisModule,
    QueueModule,
    MetricsModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.http.rateLimitPerMinute }],
        storage: new ResilientThrottlerStorage(redis),
      }),
    }),
    IdentityModule,
  ],
  controllers: [HealthController, MetricsController],
  providers: [
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class AppModule {}
