import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Route or class metadata of @Throttle/@SkipThrottle: those routes take the library's path. */
const ROUTE_OPTIONS = /^THROTTLER:/;

/**
 * The library's guard asks Redis for one limit after the other: a round trip each, per request.
 * This one asks for all of them at once (the commands leave together), so a request waits for one
 * round trip. A request refused by one limit therefore still counts against the others, as
 * everything an address or a person sends does.
 */
@Injectable()
export class ConcurrentThrottlerGuard extends ThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const handler = context.getHandler();
    const classRef = context.getClass();
    const routeOptions = [
      ...(Reflect.getMetadataKeys(handler) as unknown[]),
      ...(Reflect.getMetadataKeys(classRef) as unknown[]),
    ].some((k) => typeof k === 'string' && ROUTE_OPTIONS.test(k));
    // Limits computed per request (functions) also take the library's path.
    const computed = this.throttlers.some(
      (t) =>
        typeof t.limit !== 'number' ||
        typeof t.ttl !== 'number' ||
        (t.blockDuration !== undefined && typeof t.blockDuration !== 'number'),
    );
    if (routeOptions || computed) return super.canActivate(context);
    if (await this.shouldSkip(context)) return true;

    const checks = this.throttlers.map(async (throttler) => {
      const skipIf = throttler.skipIf ?? this.commonOptions.skipIf;
      if (skipIf?.(context)) return true;
      const ttl = throttler.ttl as number;
      return this.handleRequest({
        context,
        throttler,
        limit: throttler.limit as number,
        ttl,
        blockDuration: typeof throttler.blockDuration === 'number' ? throttler.blockDuration : ttl,
        getTracker: throttler.getTracker ?? this.commonOptions.getTracker!,
        generateKey: throttler.generateKey ?? this.commonOptions.generateKey!,
      });
    });
    return (await Promise.all(checks)).every(Boolean);
  }
}
