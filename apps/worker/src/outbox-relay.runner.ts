import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, OutboxRelay, OutboxWakeUp } from '@gilde/kernel';

/**
 * Relays pending outbox events; one loop per worker process. It runs when a commit wakes it
 * (LISTEN/NOTIFY) and otherwise every OUTBOX_POLL_MS, which also covers events whose back-off
 * has expired and notifications lost while the listener reconnected.
 */
@Injectable()
export class OutboxRelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayRunner.name);
  private running = false;
  private loop?: Promise<void>;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly wakeUp: OutboxWakeUp,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.wakeUp.start();
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wakeUp.release();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relay.relayBatch();
      } catch (err) {
        this.logger.warn(`Outbox relay error: ${(err as Error).message}`);
      }
      // A full batch means more may be waiting: go again at once.
      if (relayed === 0 && this.running) await this.wakeUp.wait(this.config.outboxPollMs);
    }
  }
}
