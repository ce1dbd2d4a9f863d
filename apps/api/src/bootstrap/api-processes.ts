import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';
import { AggregatorRegistry } from 'prom-client';
import { AppConfig, closeServer, serveMetrics } from '@gilde/kernel';

/**
 * The primary of API_PROCESSES API processes (node:cluster): they share PORT, the kernel hands
 * each connection to one of them in turn. The primary serves nothing but /metrics, summed over
 * the processes. A process that dies takes the others down with it (exit code 1), so whatever
 * supervises the API (npm start, Docker, systemd) sees the failure and restarts it whole.
 */
export function runProcesses(config: AppConfig): void {
  const logger = new Logger('ApiProcesses');
  const aggregator = new AggregatorRegistry();
  const metrics = config.apiMetricsPort
    ? serveMetrics(config.apiMetricsPort, { text: () => aggregator.clusterMetrics() }, logger)
    : undefined;
  let listening = 0;
  let stopping = false;

  const workers: Worker[] = Array.from({ length: config.apiProcesses }, () => cluster.fork());
  for (const worker of workers) {
    worker.on('message', (message: { listening?: boolean }) => {
      if (message.listening && ++listening === workers.length) {
        console.log(
          `Gilde API listening on ${config.publicUrl} with ${workers.length} processes ` +
            `(docs at ${config.publicUrl}/api/docs)`,
        );
      }
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(
        `API process ${worker.process.pid} ended (${signal ?? code}); stopping the others`,
      );
      void stop(1);
    });
  }

  // Each process finishes its requests and closes its connections on SIGTERM (Nest's shutdown hooks).
  const stop = async (exitCode: number): Promise<void> => {
    stopping = true;
    const exits = workers
      .filter((w) => !w.isDead())
      .map((w) => new Promise((resolve) => w.once('exit', resolve)));
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGTERM');
    await Promise.all(exits);
    await closeServer(metrics);
    process.exit(exitCode);
  };
  process.once('SIGTERM', () => void stop(0));
  process.once('SIGINT', () => void stop(0));
}
