import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { Pool } from 'pg';
import { Public } from '@gilde/identity';
import { ApiHarness, PASSWORD, snapshot, startApi, testPool, uniqueEmail } from '@gilde/testing';
import { AppModule } from '../../apps/api/src/app.module';

class EchoDto {
  @IsString()
  @MaxLength(100)
  name!: string;
}

/** Test-only routes: an unexpected failure, and an echo of a validated body. */
@Controller('hygiene-test')
class HygieneTestController {
  @Get('boom')
  @Public()
  boom(): never {
    throw new Error('QueryFailedError: SELECT password_hash FROM users at users.service.ts:42');
  }

  @Post('echo')
  @Public()
  echo(@Body() dto: EchoDto): { name: string } {
    return { name: dto.name };
  }
}

@Module({ imports: [AppModule], controllers: [HygieneTestController] })
class HygieneTestModule {}

const ERROR_KEYS = ['code', 'error', 'message', 'statusCode'];
/** Keys an error may add: validation errors list their fields, refused transitions the state. */
const OPTIONAL_ERROR_KEYS = ['fields', 'state'];
const INTERNALS = /QueryFailedError|at .*\.ts:\d+|SELECT |ioredis|meilisearch|password_hash/i;

describe('HTTP hygiene', () => {
  let api: ApiHarness;
  let pool: Pool;
  /** Every error body seen in this file, checked for the contract shape at the end. */
  const errorBodies: { status: number; body: unknown; text: string }[] = [];

  function record<T extends { status: number; body: unknown; text: string }>(res: T): T {
    if (res.status >= 400) errorBodies.push({ status: res.status, body: res.body, text: res.text });
    return res;
  }

  function postRaw(path: string, body: string, contentType = 'application/json') {
    return api.http.post(path).set('Content-Type', contentType).send(body).then(record);
  }

  beforeAll(async () => {
    api = await startApi({ module: HygieneTestModule });
    pool = testPool();
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  describe('security headers', () => {
    it.each([
      ['a public route', '/api/v1/health/live', 200],
      ['an error', '/api/v1/me', 401],
      ['an unknown route', '/api/v1/no-such-route', 404],
    ])('are on %s', async (_what, path, status) => {
      const res = record(await api.http.get(path));
      expect(res.status).toBe(status);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBeDefined();
      expect(res.headers['strict-transport-security']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });

  describe('CORS', () => {
    it('allows the configured web origin', async () => {
      const res = await api.http.get('/api/v1/health/live').set('Origin', 'http://localhost:3000');
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    });

    it('gives another origin nothing, on requests and on preflights', async () => {
      const simple = await api.http
        .get('/api/v1/health/live')
        .set('Origin', 'https://evil.example');
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await api.http
        .options('/api/v1/auth/login')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    });
  });

  describe('request bodies', () => {
    it('refuses a body over BODY_LIMIT_BYTES with 413 and writes nothing', async () => {
      const before = await snapshot(pool, ['users']);
      const res = await postRaw(
        '/api/v1/auth/register',
        JSON.stringify({
          email: uniqueEmail('big'),
          password: PASSWORD,
          displayName: 'x'.repeat(200_000),
          accountType: 'client',
        }),
      );
      expect(res.status).toBe(413);
      expect(res.body).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        code: 'payload_too_large',
        message: 'The request body is too large.',
      });
      expect(await snapshot(pool, ['users'])).toBe(before);
    });

    it('refuses malformed JSON with 400', async () => {
      const res = await postRaw('/api/v1/hygiene-test/echo', '{"name": "unterminated');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        code: 'invalid_json',
        message: 'The request body is not valid JSON.',
      });
    });

    it('refuses a content type other than JSON', async () => {
      const form = await postRaw(
        '/api/v1/hygiene-test/echo',
        'name=x',
        'application/x-www-form-urlencoded',
      );
      expect(form.status).toBe(415);
      expect(form.body.message).toBe('Unsupported content type: send application/json.');
      // Both are what an HTML form on another site can post without a CORS preflight.
      const text = await postRaw('/api/v1/hygiene-test/echo', '{"name":"x"}', 'text/plain');
      expect(text.status).toBe(415);
    });

    it('refuses an empty JSON body with 400', async () => {
      const res = await postRaw('/api/v1/hygiene-test/echo', '');
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('The JSON body is empty.');
    });

    it.each([['[{"name":"x"}]'], ['null'], ['"name"'], ['42'], ['true']])(
      'refuses the body %s where an object is expected',
      async (body) => {
        const res = await postRaw('/api/v1/hygiene-test/echo', body);
        expect(res.status).toBe(400);
        expect(res.body.message).toBe('The request body must be a JSON object.');
      },
    );

    it.each([
      ['{"__proto__":{"isAdmin":true},"name":"x"}'],
      ['{"name":"x","nested":{"__proto__":{"isAdmin":true}}}'],
      ['{"constructor":{"prototype":{"isAdmin":true}},"name":"x"}'],
    ])('refuses prototype pollution %s and pollutes nothing', async (body) => {
      const res = await postRaw('/api/v1/hygiene-test/echo', body);
      expect(res.status).toBe(400);
      expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined();
      expect((Object.prototype as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    });

    it('refuses unknown fields and wrong types, and accepts the valid body', async () => {
      const unknown = await postRaw('/api/v1/hygiene-test/echo', '{"name":"x","role":"admin"}');
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toEqual(['property role should not exist']);
      const wrongType = await postRaw('/api/v1/hygiene-test/echo', '{"name":42}');
      expect(wrongType.status).toBe(400);
      const ok = await postRaw('/api/v1/hygiene-test/echo', '{"name":"Gilde"}');
      expect(ok.status).toBe(201);
      expect(ok.body).toEqual({ name: 'Gilde' });
    });
  });

  describe('errors', () => {
    it('hide what went wrong inside behind a generic 500', async () => {
      const res = record(await api.http.get('/api/v1/hygiene-test/boom'));
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        statusCode: 500,
        error: 'Internal Server Error',
        code: 'internal_error',
        message: 'Something went wrong on our side. Please try again later.',
      });
    });

    it('answer an unknown route with a JSON 404', async () => {
      const res = record(await api.http.delete('/api/v1/no/such/route'));
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.statusCode).toBe(404);
    });

    it('all have exactly statusCode, error, code and message, and nothing internal', () => {
      expect(errorBodies.length).toBeGreaterThan(10);
      for (const { status, body, text } of errorBodies) {
        const keys = Object.keys(body as object);
        expect(keys.filter((k) => !OPTIONAL_ERROR_KEYS.includes(k)).sort()).toEqual(ERROR_KEYS);
        expect((body as { code: string }).code).toMatch(/^[a-z][a-z0-9_]*$/);
        expect((body as { statusCode: number }).statusCode).toBe(status);
        expect(text).not.toMatch(INTERNALS);
      }
    });
  });

  describe('request id', () => {
    it('echoes a well-formed X-Request-Id', async () => {
      const res = await api.http.get('/api/v1/health/live').set('X-Request-Id', 'trace-0123456789');
      expect(res.headers['x-request-id']).toBe('trace-0123456789');
    });

    it('replaces a malformed one, and gives every request an id', async () => {
      const bad = await api.http
        .get('/api/v1/health/live')
        .set('X-Request-Id', 'bad id\twith spaces');
      expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const none = await api.http.get('/api/v1/no-such-route');
      expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const other = await api.http.get('/api/v1/health/live');
      expect(other.headers['x-request-id']).not.toBe(none.headers['x-request-id']);
    });
  });
});
