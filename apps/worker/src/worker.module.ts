import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ContractsWorkerModule } from '@gilde/contracts';
import { NotificationsWorkerModule } from '@gilde/notifications';
import { MatchingWorkerModule } from '@gilde/matching';
import { SearchWorkerModule } from '@gilde/search';
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
    SearchWorkerModule,
    MatchingWorkerModule,
    ContractsWorkerModule,
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
