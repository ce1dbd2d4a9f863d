import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { MetricsRegistry, loadConfig, requestIdOf } from '@gilde/kernel';
import { ERROR_MODELS, withErrorSchema } from './openapi-errors';
import { AppModule } from '../app.module';
import { StrictValidationPipe } from './strict-validation.pipe';

export const API_PREFIX = 'api/v1';

export interface ApiAppOptions {
  /** Replace the root module (tests add test-only controllers). */
  module?: Type<unknown>;
  /** Serve the built web UI from this folder at "/". */
  webDist?: string;
  bufferLogs?: boolean;
}

/** Builds the configured HTTP application without listening; main.ts and the tests share it. */
export async function createApiApp(options: ApiAppOptions = {}): Promise<NestFastifyApplication> {
  const config = loadConfig();

  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    requestTimeout: 30_000,
    connectionTimeout: 30_000,
    return503OnClosing: true,
    // One id per request for Fastify, the logs (pino-http reuses raw.id) and the reply header.
    genReqId: (raw: IncomingMessage) => {
      const id = requestIdOf(raw);
      (raw as { id?: string }).id = id;
      return id;
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    options.module ?? AppModule,
    adapter,
    {
      bufferLogs: options.bufferLogs ?? true,
      // Nest would add a form (urlencoded) parser to every route: HTML forms could then post
      // cross-site without a CORS preflight. Only Fastify's JSON parser stays (see below).
      bodyParser: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();

  // Helmet before any route, so every response carries the headers.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // Parses the browser session cookies (refresh and CSRF); they are not signed by the plugin.
  await app.register(fastifyCookie);
  app.enableCors({
    origin: [config.webOrigin],
    credentials: false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    maxAge: 600,
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new StrictValidationPipe());

  const metrics = app.get(MetricsRegistry);
  const httpDuration = metrics.histogram(
    'gilde_http_request_duration_seconds',
    'HTTP request duration',
    ['method', 'route', 'status'],
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  );
  const fastify = app.getHttpAdapter().getInstance();
  // JSON only: a text/plain body is another form-postable type (415 instead).
  fastify.removeContentTypeParser('text/plain');
  // Echoed so a client can quote it in a support request, and it finds the logs.
  fastify.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    httpDuration.observe(
      {
        method: req.method,
        route: req.routeOptions?.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Gilde API')
      .setDescription(
        'Quality-first matching of interim managers and client organisations.\n\n' +
          'Skills taxonomy: ESCO classification of the European Commission (https://esco.ec.europa.eu), used under its licence.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { extraModels: ERROR_MODELS },
  );
  withErrorSchema(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const webDist = options.webDist ?? join(process.cwd(), 'apps/web/dist');
  if (existsSync(join(webDist, 'index.html'))) {
    await serveWeb(app, webDist);
  }
  return app;
}

async function serveWeb(app: NestFastifyApplication, root: string): Promise<void> {
  const fastifyStatic = (await import('@fastify/static')).default;
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
  });
  // Client-side routes fall back to index.html; unknown API paths stay JSON 404s, and so does
  // /metrics (served on API_METRICS_PORT only), so a scraper pointed here fails visibly. A catch-all
  // GET route rather than a not-found handler, which Nest sets itself during init.
  fastify.get('/*', (req, reply) => {
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/metrics')) {
      return reply.type('text/html').header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).send({
      statusCode: 404,
      error: 'Not Found',
      code: 'route_not_found',
      message: `No route ${req.method} ${req.url.split('?')[0]}`,
    });
  });
}
