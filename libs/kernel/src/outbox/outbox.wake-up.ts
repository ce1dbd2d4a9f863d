import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '../config/app-config';

/** The channel the outbox trigger notifies (migration OutboxWakeUp). */
export const OUTBOX_CHANNEL = 'outbox_events';
const MAX_RECONNECT_MS = 10_000;

/**
 * Wakes the relay as soon as outbox events are committed, so an event does not wait for the
 * next poll. One LISTEN connection per process, re-established when it drops. It only speeds
 * things up: the relay still polls, so a lost notification costs at most one poll interval.
 */
@Injectable()
export class OutboxWakeUp implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWakeUp.name);
  private client?: Client;
  private started = false;
  private stopped = false;
  private listening = false;
  /** A notification arrived while nobody waited: the next wait returns at once. */
  private pending = false;
  private waiters = new Set<() => void>();
  private retryTimer?: NodeJS.Timeout;
  private loop?: Promise<void>;

  constructor(private readonly config: AppConfig) {}

  /** True while the LISTEN connection is up. */
  get isListening(): boolean {
    return this.listening;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.loop = this.listen();
  }

  /** Resolves when events were committed since the last wait, or after `ms`. */
  wait(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  /** Ends every current wait at once (the relay is stopping). */
  release(): void {
    for (const wake of [...this.waiters]) wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.release();
    await this.client?.end().catch(() => undefined);
    await this.loop;
  }

  private wake(): void {
    if (!this.waiters.size) this.pending = true;
    else this.release();
  }

  private async listen(): Promise<void> {
    let delay = 250;
    while (!this.stopped) {
      const client = new Client({
        connectionString: this.config.database.url,
        application_name: 'gilde-outbox-listener',
      });
      const closed = new Promise<string>((resolve) => {
        client.on('error', (err) => resolve(err.message));
        client.on('end', () => resolve('connection ended'));
      });
      client.on('notification', () => this.wake());
      this.client = client;
      try {
        await client.connect();
        // raw SQL: LISTEN on a dedicated pg connection
        await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
        this.listening = true;
        delay = 250;
        // Events committed while nobody listened are picked up at once.
        this.wake();
        const reason = await closed;
        if (!this.stopped) this.logger.warn(`Outbox listener lost its connection: ${reason}`);
      } catch (err) {
        if (!this.stopped)
          this.logger.warn(`Outbox listener could not connect: ${(err as Error).message}`);
      } finally {
        this.listening = false;
        await client.end().catch(() => undefined);
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        this.retryTimer = setTimeout(resolve, delay);
      });
      delay = Math.min(delay * 2, MAX_RECONNECT_MS);
    }
  }
}
