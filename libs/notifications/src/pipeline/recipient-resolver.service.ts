import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EVENTS, EventJobData, EventType } from '@gilde/kernel';
import { TEMPLATES, TemplateKey } from '../domain/notification-kinds';
import { MatchCursor, NotificationSourcesService } from './notification-sources.service';
import { DeliverJobData } from './notify-jobs';

/** The events that notify someone (the organisation invitation e-mail has its own handler). */
export const FAN_OUT_EVENTS = [
  EVENTS.matchesComputed,
  EVENTS.assignmentInvitationSent,
  EVENTS.responseSubmitted,
  EVENTS.responseShortlisted,
  EVENTS.responseRejected,
  EVENTS.responseSelected,
  EVENTS.contractSent,
  EVENTS.contractAccepted,
  EVENTS.contractCountersigned,
  EVENTS.contractActivated,
  EVENTS.contractTerminated,
  EVENTS.reviewRequested,
  EVENTS.reviewSubmitted,
] as const satisfies readonly EventType[];
export type FanOutEvent = (typeof FAN_OUT_EVENTS)[number];

const RESPONSE_TO_INTERIM: Partial<Record<string, TemplateKey>> = {
  [EVENTS.responseShortlisted]: TEMPLATES.responseShortlisted,
  [EVENTS.responseRejected]: TEMPLATES.responseRejected,
  [EVENTS.responseSelected]: TEMPLATES.responseSelected,
};

/** A small first page of match recipients: the best-ranked hear first, whatever the list's length. */
const FIRST_PAGE = 25;
const PAGE = 5_000;

/**
 * Who hears about an event, and with which message. Recipients are worked out from the
 * database when the event is handled; each gets a job of their own.
 */
@Injectable()
export class RecipientResolverService {
  private readonly logger = new Logger(RecipientResolverService.name);

  constructor(private readonly sources: NotificationSourcesService) {}

  /** Every delivery the event calls for. */
  async deliveries(
    event: EventJobData<FanOutEvent>,
    manager?: EntityManager,
  ): Promise<DeliverJobData[]> {
    const all: DeliverJobData[] = [];
    for await (const page of this.deliveryPages(event, manager)) all.push(...page);
    return all;
  }

  /**
   * The deliveries in pages: match alerts best rank first, a small first page, so the first
   * people are told while the rest of a large fan-out is still being worked out.
   */
  async *deliveryPages(
    event: EventJobData<FanOutEvent>,
    manager?: EntityManager,
  ): AsyncGenerator<DeliverJobData[]> {
    if (event.eventType === EVENTS.matchesComputed) {
      const p = event.payload;
      const assignmentId = p.assignmentId;
      let after: MatchCursor | null = null;
      for (let limit = FIRST_PAGE; ; limit = PAGE) {
        // Matching names the interim when one newcomer joined an existing list.
        const { recipients, next } = await this.sources.matchRecipients(assignmentId, manager, {
          onlyInterimId: 'interimId' in p ? p.interimId : null,
          after,
          limit,
        });
        if (recipients.length) {
          yield recipients.map((r) => ({
            template: TEMPLATES.match,
            recipientId: r.interimId,
            subjectId: assignmentId,
            eventId: event.eventId,
            tenantId: event.tenantId,
          }));
        }
        // Match alerts only: the event notifies no one else.
        if (!next) return;
        after = next;
      }
    }
    yield await this.others(event, manager);
  }

  private async others(
    event: EventJobData<Exclude<FanOutEvent, typeof EVENTS.matchesComputed>>,
    manager?: EntityManager,
  ): Promise<DeliverJobData[]> {
    const jobs: DeliverJobData[] = [];
    const add = (
      template: TemplateKey,
      subjectId: string,
      recipients: (string | null | undefined)[],
    ) => {
      for (const recipientId of new Set(recipients.filter((r): r is string => !!r))) {
        jobs.push({
          template,
          recipientId,
          subjectId,
          eventId: event.eventId,
          tenantId: event.tenantId,
        });
      }
    };
    switch (event.eventType) {
      case EVENTS.assignmentInvitationSent: {
        const { assignmentId, interimId } = event.payload;
        add(TEMPLATES.invitation, assignmentId, [interimId]);
        break;
      }
      case EVENTS.responseSubmitted:
      case EVENTS.responseShortlisted:
      case EVENTS.responseRejected:
      case EVENTS.responseSelected: {
        const response = await this.sources.response(event.payload.responseId, manager);
        if (!response) break;
        if (event.eventType === EVENTS.responseSubmitted) {
          add(
            TEMPLATES.responseSubmitted,
            response.id,
            await this.hiringManagers(response.assignmentId, response.organisationId, manager),
          );
          break;
        }
        add(RESPONSE_TO_INTERIM[event.eventType] as TemplateKey, response.id, [response.interimId]);
        if (event.eventType === EVENTS.responseSelected) {
          add(
            TEMPLATES.contractToDraft,
            response.id,
            await this.procurementDesk(response.organisationId, manager),
          );
        }
        break;
      }
      case EVENTS.contractSent:
      case EVENTS.contractAccepted:
      case EVENTS.contractCountersigned:
      case EVENTS.contractActivated:
      case EVENTS.contractTerminated:
      case EVENTS.reviewRequested: {
        const contract = await this.sources.contract(event.payload.contractId, manager);
        if (!contract) break;
        const hiring = () =>
          this.hiringManagers(contract.assignmentId, contract.organisationId, manager);
        switch (event.eventType) {
          case EVENTS.contractSent:
            add(TEMPLATES.contractSent, contract.id, [contract.interimId]);
            break;
          case EVENTS.contractAccepted: {
            // The drafter hears of it while still a member; the desk hears of it anyway.
            const drafter = (
              await this.sources.rolesIn(contract.createdBy, contract.organisationId, manager)
            ).length
              ? [contract.createdBy]
              : [];
            add(TEMPLATES.contractAccepted, contract.id, [
              ...drafter,
              ...(await this.procurementDesk(contract.organisationId, manager)),
            ]);
            break;
          }
          case EVENTS.contractCountersigned:
          case EVENTS.contractActivated:
            // Both may be written for one signature; the message is once per contract.
            add(TEMPLATES.contractActive, contract.id, [contract.interimId, ...(await hiring())]);
            break;
          case EVENTS.contractTerminated:
            add(TEMPLATES.contractTerminated, contract.id, [
              contract.interimId,
              ...(await hiring()),
            ]);
            break;
          case EVENTS.reviewRequested:
            if (event.payload.reviewerSide === 'interim')
              add(TEMPLATES.reviewRequested, contract.id, [contract.interimId]);
            else add(TEMPLATES.reviewRequested, contract.id, await hiring());
            break;
        }
        break;
      }
      case EVENTS.reviewSubmitted: {
        const review = await this.sources.review(event.payload.reviewId, manager);
        if (!review) break;
        const recipients =
          review.authorSide === 'organisation'
            ? [review.interimId]
            : review.assignmentId
              ? await this.hiringManagers(review.assignmentId, review.organisationId, manager)
              : [];
        add(TEMPLATES.reviewReceived, review.id, recipients);
        break;
      }
      default: {
        // Only reachable with a job the types did not foresee (e.g. a hand-written outbox row).
        const unforeseen = event as EventJobData;
        this.logger.warn(`No recipients defined for ${unforeseen.eventType}`);
      }
    }
    return jobs;
  }

  /**
   * The hiring manager who posted the assignment; if they no longer hold that role in the
   * organisation, every hiring manager of the organisation.
   */
  private async hiringManagers(
    assignmentId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    const assignment = (await this.sources.assignments([assignmentId], manager)).get(assignmentId);
    if (assignment) {
      const roles = await this.sources.rolesIn(assignment.createdBy, organisationId, manager);
      if (roles.includes('hiring_manager')) return [assignment.createdBy];
    }
    return this.sources.membersWithRole(organisationId, 'hiring_manager', manager);
  }

  /** The organisation's procurement desk; without one, its admins (someone must draft the contract). */
  private async procurementDesk(
    organisationId: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    const desk = await this.sources.membersWithRole(organisationId, 'procurement', manager);
    return desk.length ? desk : this.sources.membersWithRole(organisationId, 'admin', manager);
  }
}
