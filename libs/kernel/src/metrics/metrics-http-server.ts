import { createServer, Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { MetricsRegistry } from './metrics.registry';

/**
 * A plain HTTP server for operators on 127.0.0.1: /metrics (Prometheus text) and /health.
 * Kept off the public port so request counts, queue depths and error rates are not
 * readable by anyone on the internet; a scraper runs beside the process (or a sidecar).
 */
export function serveMetrics(
  port: number,
  metrics: Pick<MetricsRegistry, 'text'>,
  logger: Logger,
): Server {
  const server = createServer((req, res) => {
    if (req.method !== 'GET') {
      res.writeHead(405).end();
    } else if (req.url === '/metrics') {
      metrics
        .text()
        .then((text) =>
          res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(text),
        )
        .catch(() => res.writeHead(500).end());
    } else if (req.url === '/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    } else {
      res.writeHead(404).end();
    }
  });
  server.on('error', (err) => logger.warn(`Metrics server: ${err.message}`));
  server.listen(port, '127.0.0.1');
  return server;
}

export function closeServer(server: Server | undefined): Promise<void> {
  return new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
