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
  sql,
} from '@gilde/kernel';
import { TrackRecordsService } from '../track-records/track-records.service';
import { ComputedMatches, MatchingService } from './matching.service';

const ASSIGNMENT_EVENTS = [
  EVENTS.assignmentPublished,
  EVENTS.assignmentUpdated,
  EVENTS.assignmentReopened,
  EVENTS.matchWeightsChanged,
] as const;
const PROFILE_EVENTS = [EVENTS.profileUpdated, EVENTS.profileErased] as const;
const TRACK_RECORD_EVENTS = [EVENTS.reviewSubmitted, EVENTS.contractCompleted] as const;
type MatchingEvent =
  | (typeof ASSIGNMENT_EVENTS)[number]
  | (typeof PROFILE_EVENTS)[number]
  | (typeof TRACK_RECORD_EVENTS)[number];

/**
 * The 'matching' queue. Each job reads (and scores) first, then writes and acknowledges in one
 * transaction through runOnce, so a repeated event changes nothing twice.
 */
@Injectable()
@HandlesJob(QUEUES.matching, ...ASSIGNMENT_EVENTS, ...PROFILE_EVENTS, ...TRACK_RECORD_EVENTS)
export class MatchingHandler implements JobHandler<EventJobData<MatchingEvent>> {
  private readonly logger = new Logger(MatchingHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly trackRecords: TrackRecordsService,
  ) {}

  async handle(job: Job<EventJobData<MatchingEvent>>): Promise<void> {
    const event = job.data;
    const { eventId, eventType, aggregateId, tenantId } = event;
    const ack = (work: Parameters<typeof runOnce>[3]) =>
      runOnce(this.dataSource, eventId, QUEUES.matching, work);

    if (isEventOf(event, ASSIGNMENT_EVENTS)) {
      const sameTenant = (computed: ComputedMatches) => {
        if (tenantId !== null && computed.assignment.organisationId !== tenantId) {
          this.refuse(eventId, 'assignment event for another organisation');
        }
      };
      // The certain head of a long list is stored and announced at once, in a transaction of its
      // own: if this job fails later, the retry stores it again, and notifications dedupe.
      const computed = await this.matching.compute(aggregateId, {
        onHead: async (head) => {
          sameTenant(head);
          await this.dataSource.transaction((manager) => this.matching.store(manager, head));
        },
      });
      if (computed) sameTenant(computed);
      await ack(async (manager) => {
        if (computed) await this.matching.store(manager, computed);
      });
      return;
    }

    if (isEventOf(event, PROFILE_EVENTS)) {
      if (tenantId !== null && tenantId !== aggregateId) {
        this.refuse(eventId, 'profile event for another tenant');
      }
      if (eventType === EVENTS.profileErased) {
        await ack(async (manager) => {
          const db = sql(manager);
          await db.deleteFrom('assignmentMatches').where('interimId', '=', aggregateId).execute();
          await db.deleteFrom('interimTrackRecords').where('interimId', '=', aggregateId).execute();
        });
        return;
      }
      const rescore = await this.matching.rescoreInterim(aggregateId);
      await ack((manager) => this.matching.applyRescore(manager, rescore).then(() => undefined));
      return;
    }

    if (isEventOf(event, TRACK_RECORD_EVENTS)) {
      const { interimId } = event.payload;
      // The record is recomputed from the source (idempotent); the rescore reads it after commit.
      await this.dataSource.transaction((manager) => this.trackRecords.refresh(manager, interimId));
      const rescore = await this.matching.rescoreInterim(interimId);
      await ack((manager) => this.matching.applyRescore(manager, rescore).then(() => undefined));
      return;
    }
    throw new UnrecoverableError(`matching has no handling for ${eventType}`);
  }

  private refuse(eventId: string, why: string): never {
    this.logger.error({ event: 'security.job_tenant_mismatch', eventId }, `Refused: ${why}`);
    throw new UnrecoverableError(why);
  }
}
