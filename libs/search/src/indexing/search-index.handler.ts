import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  EVENTS,
  EventJobData,
  HandlesJob,
  JobHandler,
  QUEUES,
  isEventOf,
  runOnce,
} from '@gilde/kernel';
import { SearchIndexerService } from './search-indexer.service';

const PROFILE_EVENTS = [EVENTS.profileUpdated, EVENTS.profileErased] as const;
const ASSIGNMENT_EVENTS = [
  EVENTS.assignmentPublished,
  EVENTS.assignmentUpdated,
  EVENTS.assignmentClosed,
  EVENTS.assignmentReopened,
  EVENTS.assignmentFilled,
] as const;
type SearchEvent = (typeof PROFILE_EVENTS)[number] | (typeof ASSIGNMENT_EVENTS)[number];

/**
 * Keeps the index in step with the outbox: re-reads the entity, then upserts or deletes, under
 * the entity's lock. The PostgreSQL engine writes in the acknowledging transaction; an external
 * engine is written before it commits (a repeat writes the same current document again).
 */
@Injectable()
@HandlesJob(QUEUES.searchIndex, ...PROFILE_EVENTS, ...ASSIGNMENT_EVENTS)
export class SearchIndexHandler implements JobHandler<EventJobData<SearchEvent>> {
  private readonly logger = new Logger(SearchIndexHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexer: SearchIndexerService,
  ) {}

  async handle(job: Job<EventJobData<SearchEvent>>): Promise<void> {
    const { eventId, aggregateId, tenantId } = job.data;
    const isProfile = isEventOf(job.data, PROFILE_EVENTS);
    // A profile event belongs to the interim themself (docs/reliability.md#a7).
    if (isProfile && tenantId !== null && tenantId !== aggregateId) {
      this.logger.error({ event: 'security.job_tenant_mismatch', eventId }, 'Refused a search job');
      throw new UnrecoverableError('profile event for another tenant');
    }
    const kind = isProfile ? 'profile' : 'assignment';
    // The entity's lock is held from the read to the end of the write, and the acknowledgement
    // commits after the write: with PostgreSQL the index rows commit with it; an external
    // engine was written first (the current document, so a repeat is harmless).
    await runOnce(this.dataSource, eventId, QUEUES.searchIndex, (manager) =>
      this.indexer.syncInTransaction(manager, kind, aggregateId),
    );
  }
}
