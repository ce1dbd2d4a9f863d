import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AssignmentsCoreModule } from '@gilde/assignments';
import { ContractsWorkerModule } from '@gilde/contracts';
import { NotificationsWorkerModule } from '@gilde/notifications';
import { MatchingWorkerModule } from '@gilde/matching';
import { ProfilesCoreModule } from '@gilde/profiles';
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
import { RetentionPurgeHandler } from './maintenance/retention-purge.handler';
import { OutboxRelayRunner } from './outbox-relay.runner';
import { QueueWorkersService } from './queue-workers.service';
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
    AssignmentsCoreModule,
    ProfilesCoreModule,
  ],
  providers: [
    JobDispatcher,
    QueueWorkersService,
    OutboxRelayRunner,
    OutboxReconcileHandler,
    RetentionPurgeHandler,
    WorkerMetricsServer,
  ],
})
export class WorkerModule {}
