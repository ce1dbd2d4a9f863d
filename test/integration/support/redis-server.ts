import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import Redis from 'ioredis';

export const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;

/**
 * A throw-away redis-server on its own port, for tests that must stop Redis or run it
 * with another configuration. The shared Redis other tests use is never touched.
 */
export class RedisServer {
  private child?: ChildProcess;

  constructor(
    readonly port: number,
    private readonly extraArgs: string[] = [],
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (this.child) return;
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        ...this.extraArgs,
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    child.once('exit', () => {
      if (this.child === child) this.child = undefined;
    });
    const deadline = Date.now() + 5000;
    for (;;) {
      const ok = await ping(this.url);
      if (ok === 'PONG') return;
      if (Date.now() > deadline) throw new Error(`redis-server did not start on port ${this.port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGKILL: Redis vanishes as in a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

/** One PING without retries; a refused connection ends the client, leaving no timers behind. */
async function ping(url: string): Promise<string | null> {
  const probe = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return await probe.ping();
  } catch {
    return null;
  } finally {
    if (probe.status === 'ready') await probe.quit().catch(() => undefined);
  }
}
