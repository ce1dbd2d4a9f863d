import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process; metrics are created once and reused by name. */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'gilde_' });
  }

  counter(name: string, help: string, labelNames: string[] = []): Counter {
    return (
      (this.registry.getSingleMetric(name) as Counter | undefined) ??
      new Counter({ name, help, labelNames, registers: [this.registry] })
    );
  }

  gauge(
    name: string,
    help: string,
    collect?: (g: Gauge) => Promise<void>,
    labelNames: string[] = [],
  ): Gauge {
    const existing = this.registry.getSingleMetric(name) as Gauge | undefined;
    if (existing) return existing;
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      ...(collect
        ? {
            collect: async function (this: Gauge) {
              await collect(this);
            },
          }
        : {}),
    });
  }

  histogram(name: string, help: string, labelNames: string[], buckets: number[]): Histogram {
    return (
      (this.registry.getSingleMetric(name) as Histogram | undefined) ??
      new Histogram({ name, help, labelNames, buckets, registers: [this.registry] })
    );
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
