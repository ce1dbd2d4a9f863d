import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

const PATH = '/api/v1/notifications/unsubscribe';

/**
 * Mail clients send RFC 8058 one-click unsubscribes as a form POST
 * (`List-Unsubscribe=One-Click`). Fastify refuses form bodies by default; this accepts them
 * for the unsubscribe route only and keeps answering 415 everywhere else.
 */
@Injectable()
export class UnsubscribeFormParser implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser('application/x-www-form-urlencoded')) return;
    fastify.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (req, _body, done) => {
        if (req.url.split('?')[0] === PATH) return done(null, {});
        const err = Object.assign(new Error('Unsupported content type: send application/json.'), {
          statusCode: 415,
          code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
        });
        done(err, undefined);
      },
    );
  }
}
