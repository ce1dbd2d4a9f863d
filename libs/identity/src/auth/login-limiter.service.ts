import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig, REDIS, apiError } from '@gilde/kernel';
import { IdentityErrors } from '../identity.errors';

/**
 * Counts failed logins per account and per IP in Redis (shared by every API process).
 * When Redis is unreachable the limiter lets logins through rather than locking everyone out.
 */
@Injectable()
export class LoginLimiterService {
  private readonly logger = new Logger(LoginLimiterService.name);
  private readonly byAccount: RateLimiterRedis;
  private readonly byIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, config: AppConfig) {
    const duration = config.auth.loginFailureWindowSeconds;
    const common = {
      storeClient: redis,
      duration,
      blockDuration: duration,
      useRedisPackage: false,
    };
    this.byAccount = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.redis.queuePrefix}:login-fail:account`,
      points: config.auth.loginMaxFailures,
    });
    this.byIp = new RateLimiterRedis({
      ...common,
      keyPrefix: `${config.redis.queuePrefix}:login-fail:ip`,
      points: config.auth.loginMaxFailures * 4,
    });
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    try {
      const [account, address] = await Promise.all([this.byAccount.get(email), this.byIp.get(ip)]);
      const blocked = [account, address].find(
        (r) => r && r.remainingPoints <= 0 && r.msBeforeNext > 0,
      );
      if (blocked) throw this.tooMany(blocked);
    } catch (err) {
      if (err instanceof HttpException) throw err;
      this.logger.warn(`Login limiter unavailable: ${(err as Error).message}`);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.byAccount.penalty(email, 1), this.byIp.penalty(ip, 1)]).catch(
      (err: Error) => this.logger.warn(`Login limiter unavailable: ${err.message}`),
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email).catch(() => undefined);
  }

  private tooMany(res: RateLimiterRes): HttpException {
    const retryAfter = Math.ceil(res.msBeforeNext / 1000);
    return apiError(
      HttpStatus.TOO_MANY_REQUESTS,
      IdentityErrors.sign_in_locked,
      `Too many failed sign-in attempts. Try again in ${retryAfter} seconds.`,
      { retryAfter },
    );
  }
}
