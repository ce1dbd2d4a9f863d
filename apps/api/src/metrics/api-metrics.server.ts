import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AggregatorRegistry } from 'prom-client';
import { AppConfig, MetricsRegistry, closeServer, serveMetrics } from '@gilde/kernel';

/** The API's /metrics and /health for operators, on 127.0.0.1:API_METRICS_PORT (never PORT). */
@Injectable()
export class ApiMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ApiMetricsServer.name);
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: MetricsRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (cluster.isWorker) {
      // One of several API processes: the primary serves their metrics, summed (api-processes.ts).
      AggregatorRegistry.setRegistries([this.metrics.registry]);
      // Constructing one is what makes a worker answer the primary's requests for its metrics.
      void new AggregatorRegistry();
    } else if (this.config.apiMetricsPort) {
      this.server = serveMetrics(this.config.apiMetricsPort, this.metrics, this.logger);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await closeServer(this.server);
  }
}
