import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { NotificationsWorkerModule } from '@gilde/notifications';
import {
  ConfigModule,
  DatabaseModule,
  LoggingModule,
  MetricsModule,
  OutboxModule,
  QueueModule,
} from '@gilde/kernel';
import { JobDispatcher } from './job-dispatcher';
import { OutboxReconcileHandler } from './maintenance/outbox-reconcile.handler';
import { OutboxRelayRunner } from './outbox-relay.runner';
import { QueueWorkers } from './queue-workers.service';
import { WorkerMetricsServer } from './worker-metrics.server';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    DatabaseModule,
    MetricsModule,
    QueueModule,
    OutboxModule,
    DiscoveryModule,
    NotificationsWorkerModule,
  ],
  providers: [
    JobDispatcher,
    QueueWorkers,
    OutboxRelayRunner,
    OutboxReconcileHandler,
    WorkerMetricsServer,
  ],
})
export class WorkerModule {}
