import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';
import { MetricsRegistry } from '../metrics/metrics.registry';

@Injectable()
export class OutboxMetrics {
  readonly dispatched: Counter;
  readonly relayFailures: Counter;
  readonly redriven: Counter;

  constructor(metrics: MetricsRegistry) {
    this.dispatched = metrics.counter(
      'gilde_outbox_dispatched_total',
      'Outbox events relayed to BullMQ',
    );
    this.relayFailures = metrics.counter(
      'gilde_outbox_relay_failures_total',
      'Relay batches that could not be enqueued',
    );
    this.redriven = metrics.counter(
      'gilde_outbox_redriven_total',
      'Dispatched events re-driven because no consumer acknowledged them',
    );
  }
}
