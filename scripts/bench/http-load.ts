import autocannon from 'autocannon';
import { percentiles, type Percentiles } from './bench-figures';

export interface LoadRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult extends Percentiles {
  requestsPerSecond: number;
  /** Answers outside 2xx, and connection errors or timeouts. */
  failures: number;
}

/**
 * Keeps `connections` connections busy for `seconds` with the given requests (each connection
 * goes round the list) and measures every answer, so p95 is exact (autocannon's own histogram has
 * no p95).
 */
export async function runLoad(
  baseUrl: string,
  requests: LoadRequest[],
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        requests: requests.map((r) => ({
          method: r.method ?? 'GET',
          path: r.path,
          headers: {
            ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...r.headers,
          },
          body: r.body,
        })),
      },
      (err, done) =>
        err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  return {
    ...percentiles(latencies),
    requestsPerSecond: result.requests.total / (result.duration || options.seconds),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
