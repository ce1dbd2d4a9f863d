import { randomUUID } from 'node:crypto';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { destination } from 'pino';
import { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A well-formed X-Request-Id from the caller (a proxy or a client), or a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Structured JSON logs with a request id; secrets are redacted. One line per request with what
 * an operator needs (id, method, path, status, time, user), not the headers.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: [
          {
            level: config.logLevel,
            // pino-http keeps an id already on the request (the HTTP server may have set one).
            genReqId: requestIdOf,
            customProps: (req: IncomingMessage) => ({
              userId: (req as { user?: { id?: string } }).user?.id,
            }),
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'res.headers["set-cookie"]',
                '*.password',
                '*.refreshToken',
                '*.accessToken',
                '*.token',
              ],
              censor: '[redacted]',
            },
            // Query strings can carry tokens (e.g. the unsubscribe link): log the path only.
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url?.split('?')[0],
              }),
              res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
            },
            autoLogging: {
              ignore: (req: IncomingMessage) => req.url?.startsWith('/api/v1/health') ?? false,
            },
          },
          // Lines written while a write is in flight go out together in the next one (one
          // system call instead of one per line under load); pino flushes it on exit.
          destination({ sync: false }),
        ],
      }),
    }),
  ],
})
export class LoggingModule {}
