import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxMetrics } from './outbox.metrics';
import { OutboxReconciler } from './outbox.reconciler';
import { OutboxRelay } from './outbox.relay';
import { OutboxWakeUp } from './outbox.wake-up';
import { ProcessedEvent } from './processed-event.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent, ProcessedEvent])],
  providers: [OutboxRelay, OutboxReconciler, OutboxMetrics, OutboxWakeUp],
  exports: [OutboxRelay, OutboxReconciler, OutboxMetrics, OutboxWakeUp],
})
export class OutboxModule {}
