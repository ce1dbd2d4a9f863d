import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Someone the seed acts as: their access token and the address their requests come from. */
export interface Actor {
  label: string;
  token: string;
  /**
   * Each demo person gets an address of their own in 198.18.0.0/15 (RFC 2544, never routed), so
   * the per-address rate limit treats them as the different people they are, and the seed never
   * uses up the budget of 127.0.0.1 that a developer's browser shares.
   */
  address: string;
}

export class SeedRequestError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'SeedRequestError';
  }
}

export function seedAddress(n: number): string {
  return `198.18.${(n >> 8) & 255}.${n & 255}`;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Drives the real HTTP application in-process (Fastify inject: routing, guards, validation,
 * services and their transactions, without a port). Anything but a 2xx throws.
 */
export class SeedClient {
  requests = 0;

  constructor(private readonly app: NestFastifyApplication) {}

  async call<T>(actor: Actor | null, method: Method, path: string, body?: unknown): Promise<T> {
    const url = `/api/v1${path}`;
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: actor?.address ?? seedAddress(1),
      headers: {
        'user-agent': 'gilde-demo-seed',
        ...(actor ? { authorization: `Bearer ${actor.token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    this.requests++;
    const parsed: unknown = res.body ? safeJson(res.body) : undefined;
    if (res.statusCode < 200 || res.statusCode >= 300) {
      throw new SeedRequestError(method, url, res.statusCode, parsed);
    }
    return parsed as T;
  }

  get<T>(actor: Actor, path: string): Promise<T> {
    return this.call<T>(actor, 'GET', path);
  }

  post<T>(actor: Actor | null, path: string, body: unknown = {}): Promise<T> {
    return this.call<T>(actor, 'POST', path, body);
  }

  put<T>(actor: Actor, path: string, body: unknown): Promise<T> {
    return this.call<T>(actor, 'PUT', path, body);
  }

  patch<T>(actor: Actor, path: string, body: unknown): Promise<T> {
    return this.call<T>(actor, 'PATCH', path, body);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Runs `work` over the items with at most `limit` at a time, keeping the results in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}
