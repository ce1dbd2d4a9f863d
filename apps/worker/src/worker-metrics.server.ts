import type { Server } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sql as fragment } from 'kysely';
import { AppConfig, MetricsRegistry, closeServer, serveMetrics, sql } from '@gilde/kernel';

/** The worker has no API; this tiny server exposes /metrics and /health for operators. */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.metrics.gauge('gilde_outbox_pending', 'Outbox events not yet relayed', async (g) => {
      const row = await sql(this.dataSource)
        .selectFrom('outboxEvents')
        .select((eb) => [
          eb.fn.countAll<string>().as('n'),
          // Measured on the database's clock, which wrote created_at.
          fragment<number>`COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float`.as(
            'age',
          ),
        ])
        .where('dispatchedAt', 'is', null)
        .where('quarantinedAt', 'is', null)
        .executeTakeFirstOrThrow();
      g.set(Number(row.n));
      this.metrics
        .gauge('gilde_outbox_oldest_pending_seconds', 'Age of the oldest pending outbox event')
        .set(row.age);
    });
    this.metrics.gauge('gilde_outbox_quarantined', 'Outbox events quarantined', async (g) => {
      const row = await sql(this.dataSource)
        .selectFrom('outboxEvents')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('quarantinedAt', 'is not', null)
        .executeTakeFirstOrThrow();
      g.set(Number(row.n));
    });
    if (!this.config.workerMetricsPort) return;
    this.server = serveMetrics(this.config.workerMetricsPort, this.metrics, this.logger);
  }

  async onApplicationShutdown(): Promise<void> {
    await closeServer(this.server);
  }
}
