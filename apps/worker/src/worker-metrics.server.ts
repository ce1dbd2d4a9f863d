import type { Server } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, MetricsRegistry, closeServer, serveMetrics } from '@gilde/kernel';

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
      const [row] = await this.dataSource.query<{ n: number; age: number }[]>(
        `SELECT count(*)::int AS n, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS age
           FROM outbox_events WHERE dispatched_at IS NULL AND quarantined_at IS NULL`,
      );
      g.set(row?.n ?? 0);
      this.metrics
        .gauge('gilde_outbox_oldest_pending_seconds', 'Age of the oldest pending outbox event')
        .set(row?.age ?? 0);
    });
    this.metrics.gauge('gilde_outbox_quarantined', 'Outbox events quarantined', async (g) => {
      const [row] = await this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_events WHERE quarantined_at IS NOT NULL`,
      );
      g.set(row?.n ?? 0);
    });
    if (!this.config.workerMetricsPort) return;
    this.server = serveMetrics(this.config.workerMetricsPort, this.metrics, this.logger);
  }

  async onApplicationShutdown(): Promise<void> {
    await closeServer(this.server);
  }
}
