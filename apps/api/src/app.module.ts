import { ExecutionContext, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import Redis from 'ioredis';
import { AssignmentsModule } from '@gilde/assignments';
import { ContractRelationsModule, ContractsModule } from '@gilde/contracts';
import { AUTH_THROTTLE, IdentityModule, TokenService } from '@gilde/identity';
import { NotificationsModule } from '@gilde/notifications';
import { ProfilesModule } from '@gilde/profiles';
import { MatchingModule, RespondentFactsModule } from '@gilde/matching';
import { SearchModule } from '@gilde/search';
import { TaxonomyModule } from '@gilde/taxonomy';
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
import { ApiMetricsServer } from './metrics/api-metrics.server';
import { ConcurrentThrottlerGuard } from './throttling/concurrent-throttler.guard';
import { acrossRoutes, ipTracker, userOrIpTracker } from './throttling/client-tracker';
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
      imports: [IdentityModule],
      inject: [AppConfig, REDIS, TokenService],
      useFactory: (config: AppConfig, redis: Redis, tokens: TokenService) => ({
        throttlers: [
          {
            name: 'default',
            ttl: 60_000,
            limit: config.http.rateLimitPerMinute,
            getTracker: userOrIpTracker(tokens),
            generateKey: acrossRoutes,
          },
          {
            // Caps what one address sends with many accounts; well above the per-user limit so
            // people behind one NAT are limited per person first.
            name: 'ip',
            ttl: 60_000,
            limit: config.http.ipRateLimitPerMinute,
            getTracker: ipTracker,
            generateKey: acrossRoutes,
          },
          {
            name: 'auth',
            ttl: 60_000,
            limit: config.http.authRateLimitPerMinute,
            skipIf: (ctx: ExecutionContext) =>
              Reflect.getMetadata(AUTH_THROTTLE, ctx.getHandler()) !== true,
            getTracker: ipTracker,
          },
        ],
        storage: new ResilientThrottlerStorage(redis, config.redis.queuePrefix),
      }),
    }),
    IdentityModule,
    TaxonomyModule,
    AssignmentsModule,
    ProfilesModule,
    SearchModule,
    MatchingModule,
    RespondentFactsModule,
    ContractsModule,
    ContractRelationsModule,
    NotificationsModule,
  ],
  controllers: [HealthController],
  providers: [
    ApiMetricsServer,
    { provide: APP_GUARD, useClass: ConcurrentThrottlerGuard },
    { provide: APP_FILTER, useClass: HttpExceptionFilter },
  ],
})
export class AppModule {}
