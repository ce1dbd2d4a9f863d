import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, OutboxRelay } from '@gilde/kernel';

/** Polls the outbox and relays pending events; one loop per worker process. */
@Injectable()
export class OutboxRelayRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayRunner.name);
  private running = false;
  private loop?: Promise<void>;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
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
      if (relayed === 0) await new Promise((r) => setTimeout(r, this.config.outboxPollMs));
    }
  }
}
