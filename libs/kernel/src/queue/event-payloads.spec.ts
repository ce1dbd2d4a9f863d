import { EntityManager } from 'typeorm';
import { appendToOutbox } from '../outbox/outbox.writer';
import { EventPayloadJson, EventPayloads } from './event-payloads';
import { EventJobData, isEventOf } from './job-payload';
import { EVENTS, EventType } from './queue.registry';

/**
 * One payload per event, as its writer writes it. `satisfies` makes this a compile error when
 * an event has no entry in EventPayloads, an entry names no event, or a payload drifts.
 */
const SAMPLES = {
  'organisation.invitation_created': {},
  'profile.updated': { interimId: 'i', version: 2, credentialId: 'c' },
  'profile.erased': { interimId: 'i' },
  'assignment.published': { assignmentId: 'a', version: 2, actorId: 'u' },
  'assignment.updated': { assignmentId: 'a', version: 3, actorId: 'u', budgetChangeId: 'b' },
  'assignment.closed': { assignmentId: 'a', version: 4, actorId: 'u' },
  'assignment.reopened': { assignmentId: 'a', version: 5, actorId: 'u' },
  'assignment.filled': { assignmentId: 'a', version: 6, actorId: null },
  'assignment.invitation_sent': {
    invitationId: 'n',
    assignmentId: 'a',
    interimId: 'i',
    actorId: 'u',
  },
  'response.submitted': { responseId: 'r', assignmentId: 'a', interimId: 'i', actorId: 'i' },
  'response.shortlisted': { responseId: 'r', assignmentId: 'a', interimId: 'i', actorId: 'u' },
  'response.rejected': { responseId: 'r', assignmentId: 'a', interimId: 'i', actorId: 'u' },
  'response.selected': { responseId: 'r', assignmentId: 'a', interimId: 'i', actorId: 'u' },
  'response.withdrawn': { responseId: 'r', assignmentId: 'a', interimId: 'i', actorId: 'i' },
  'response.purged': { responseId: 'r', policy: 'p' },
  'assignment.matches_computed': { assignmentId: 'a', version: 2, matches: 10, head: true },
  'assignment.match_weights_changed': { assignmentId: 'a' },
  'contract.sent': contract(),
  'contract.accepted': contract(),
  'contract.countersigned': contract(),
  'contract.activated': contract(),
  'contract.completed': contract(),
  'contract.terminated': contract(),
  'review.requested': { ...contract(), reviewerSide: 'interim' },
  'review.submitted': {
    reviewId: 'v',
    contractId: 'c',
    organisationId: 'o',
    interimId: 'i',
    authorSide: 'organisation',
  },
  'account.email_verification_requested': {},
  'account.password_reset_requested': {},
  'account.password_changed': {},
  'account.erased': { userId: 'u' },
} satisfies { [K in EventType]: EventPayloads[K] };

function contract() {
  return {
    contractId: 'c',
    seriesId: 's',
    version: 1,
    organisationId: 'o',
    interimId: 'i',
    assignmentId: 'a',
  };
}

// Every payload is a flat object of ids and flags (what the jsonb column and Redis carry).
const FLAT: Record<EventType, EventPayloadJson> = {} as EventPayloads;
// No entry names an event the registry does not have.
const KNOWN: EventType = '' as keyof EventPayloads;

describe('event payloads', () => {
  it('has a payload type for every event in the registry, and for nothing else', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.values(EVENTS).sort());
    expect([FLAT, KNOWN]).toBeDefined();
  });

  /*
   * The lines under @ts-expect-error must stay compile errors: `npm run typecheck` fails with
   * "Unused '@ts-expect-error' directive" the day a mismatch compiles again.
   */
  it('refuses, at compile time, a payload that does not match its event', () => {
    const writes = async (manager: EntityManager) => {
      const base = { tenantId: null, aggregateType: 'assignment', aggregateId: 'a' };
      await appendToOutbox(manager, {
        ...base,
        eventType: EVENTS.assignmentPublished,
        payload: { assignmentId: 'a', version: 2, actorId: null },
      });
      await appendToOutbox(manager, { ...base, eventType: EVENTS.invitationCreated });
      await appendToOutbox(manager, {
        ...base,
        eventType: EVENTS.assignmentPublished,
        // @ts-expect-error a field is missing (version)
        payload: { assignmentId: 'a', actorId: null },
      });
      await appendToOutbox(manager, {
        ...base,
        eventType: EVENTS.profileErased,
        // @ts-expect-error a field of the wrong type
        payload: { interimId: 42 },
      });
      await appendToOutbox(manager, {
        ...base,
        eventType: EVENTS.profileErased,
        // @ts-expect-error personal data has no place in a payload
        payload: { interimId: 'i', email: 'someone@example.org' },
      });
      await appendToOutbox(manager, {
        ...base,
        eventType: EVENTS.contractSent,
        // @ts-expect-error the payload of another event
        payload: { assignmentId: 'a', version: 2, actorId: null },
      });
      // @ts-expect-error an event that carries a payload needs it
      await appendToOutbox(manager, { ...base, eventType: EVENTS.responsePurged });
      await appendToOutbox(manager, [
        // @ts-expect-error in a list too
        { ...base, eventType: EVENTS.responsePurged, payload: { responseId: 'r' } },
      ]);
    };
    expect(writes).toBeInstanceOf(Function);
  });

  it('types the payload a handler reads by the event it checks', () => {
    const reads = (event: EventJobData) => {
      const seen: unknown[] = [];
      if (event.eventType === EVENTS.responsePurged) {
        seen.push(event.payload.responseId, event.payload.policy);
        // @ts-expect-error response.purged carries no interim
        seen.push(event.payload.interimId);
      }
      if (isEventOf(event, [EVENTS.contractSent, EVENTS.reviewRequested])) {
        seen.push(event.payload.contractId);
        // @ts-expect-error only review.requested names the reviewer's side
        seen.push(event.payload.reviewerSide);
      }
      // @ts-expect-error not every event has an assignment
      seen.push(event.payload.assignmentId);
      return seen;
    };
    const erased = (event: EventJobData<typeof EVENTS.profileErased>) => {
      // @ts-expect-error a handler of profile.erased reads no version
      const version: unknown = event.payload.version;
      return [event.payload.interimId, version];
    };
    // A handler of some events does not accept others.
    // @ts-expect-error assignment.published is not profile.erased
    const wrong: Parameters<typeof erased>[0] = {
      eventType: EVENTS.assignmentPublished,
    } as EventJobData<typeof EVENTS.assignmentPublished>;
    expect([reads, erased, wrong]).toBeDefined();
  });
});
