import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContractStatus } from '@gilde/contracts';
import { KindPreference } from '../domain/default-preferences';
import { channelDecision, effectivePreference } from '../domain/effective-preference';
import {
  SKIP_REASONS,
  SkipReason,
  TEMPLATES,
  TEMPLATE_KIND,
  TemplateKey,
} from '../domain/notification-kinds';
import { localDate } from '../domain/time-zones';
import { NotificationParams } from '../entities/notification.entity';
import { asLocale } from '../templates/template-text';
import { DeliveryPlan, PlannedRecipient } from './delivery-plan';
import { notificationLink } from './notification-links';
import {
  AssignmentRecord,
  MatchRecord,
  NotificationSourcesService,
  RecipientRecord,
} from './notification-sources.service';
import { DeliverJobData, dedupeKey } from './notify-jobs';

/** What a template needs to know about its subject, or why it should not be sent. */
interface SubjectFacts {
  subjectType: string;
  params: NotificationParams;
  link: string;
  score: number | null;
  /** The organisation whose member the recipient must still be (client recipients). */
  organisationId: string | null;
  /** Organisation roles of which the recipient must still hold one. */
  roles: string[];
  skip: SkipReason | null;
  /** Match alerts: the interim's own settings on the profile narrow the preference. */
  match?: MatchRecord;
}

const RESPONSE_TEMPLATES: ReadonlySet<TemplateKey> = new Set([
  TEMPLATES.responseSubmitted,
  TEMPLATES.responseShortlisted,
  TEMPLATES.responseRejected,
  TEMPLATES.responseSelected,
  TEMPLATES.contractToDraft,
]);

/** The contract statuses in which a contract message is still true (typed by the contracts library). */
const CONTRACT_STATUS_FOR: Partial<Record<TemplateKey, readonly ContractStatus[]>> = {
  [TEMPLATES.contractSent]: ['sent'],
  [TEMPLATES.contractAccepted]: ['accepted'],
  [TEMPLATES.contractActive]: ['active', 'completed'],
  [TEMPLATES.contractTerminated]: ['terminated'],
  [TEMPLATES.reviewRequested]: ['completed'],
};

/**
 * Decides, for a batch of deliver jobs, what each one sends: re-reads the recipient, the
 * subject and the preferences as they are now, and records why anything is skipped.
 */
@Injectable()
export class NotificationPlannerService {
  constructor(private readonly sources: NotificationSourcesService) {}

  async plan(jobs: DeliverJobData[], manager?: EntityManager): Promise<DeliveryPlan[]> {
    const assignmentJobs = jobs.filter(
      (j) => j.template === TEMPLATES.match || j.template === TEMPLATES.invitation,
    );
    const matchJobs = jobs.filter((j) => j.template === TEMPLATES.match);
    // Independent reads: in parallel, so a batch waits for one round trip, not three.
    const [recipients, assignments, matches] = await Promise.all([
      this.sources.recipients(
        jobs.map((j) => j.recipientId),
        manager,
      ),
      this.sources.assignments(
        assignmentJobs.map((j) => j.subjectId),
        manager,
      ),
      this.sources.matches(
        matchJobs.map((j) => ({ assignmentId: j.subjectId, interimId: j.recipientId })),
        manager,
      ),
    ]);
    const plans: DeliveryPlan[] = [];
    for (const job of jobs) {
      const recipient = recipients.get(job.recipientId);
      const facts = await this.facts(job, assignments, matches, manager);
      plans.push(await this.decide(job, recipient, facts, manager));
    }
    return plans;
  }

  private async decide(
    job: DeliverJobData,
    recipient: RecipientRecord | undefined,
    facts: SubjectFacts,
    manager?: EntityManager,
  ): Promise<DeliveryPlan> {
    const kind = TEMPLATE_KIND[job.template];
    const base = {
      job,
      kind,
      dedupeKey: dedupeKey(job),
      subjectType: facts.subjectType,
      params: facts.params,
      link: facts.link,
      score: facts.score,
    };
    if (!recipient || recipient.erased) {
      const reason = recipient ? SKIP_REASONS.recipientErased : SKIP_REASONS.recipientUnknown;
      return { ...base, recipient: null, skip: reason, inApp: reason, email: reason };
    }
    const planned: PlannedRecipient = {
      id: recipient.id,
      email: recipient.email,
      name: recipient.displayName,
      locale: asLocale(recipient.locale),
      timeZone: recipient.timeZone,
      localDate: localDate(recipient.timeZone),
    };
    const skipAll = (reason: SkipReason): DeliveryPlan => ({
      ...base,
      recipient: planned,
      skip: reason,
      inApp: reason,
      email: reason,
    });
    if (facts.skip) return skipAll(facts.skip);
    if (facts.organisationId) {
      const held = await this.sources.rolesIn(recipient.id, facts.organisationId, manager);
      const stillThere = facts.roles.length
        ? facts.roles.some((r) => held.includes(r))
        : held.length > 0;
      if (!stillThere) return skipAll(SKIP_REASONS.noLongerTrue);
    }
    let pref: KindPreference = effectivePreference(
      recipient.accountType,
      kind,
      recipient.prefs[kind],
    );
    if (facts.match) {
      const m = facts.match;
      if (!m.reciprocal) return skipAll(SKIP_REASONS.notReciprocal);
      if (m.profileNotify === 'off') return skipAll(SKIP_REASONS.profileNotifyOff);
      const sector = typeof facts.params.sector === 'string' ? facts.params.sector : null;
      if (m.notifySectors?.length && (!sector || !m.notifySectors.includes(sector))) {
        return skipAll(SKIP_REASONS.sectorNotFollowed);
      }
      // Without an explicit choice here, the profile's alert setting says how often.
      if (
        !recipient.prefs[kind] &&
        (m.profileNotify === 'instant' || m.profileNotify === 'daily')
      ) {
        pref = { ...pref, frequency: m.profileNotify };
      }
    }
    const decision = channelDecision(pref);
    if (pref.frequency === 'off' || (!decision.inApp && decision.email === 'off')) {
      return skipAll(SKIP_REASONS.preferenceOff);
    }
    const email: DeliveryPlan['email'] =
      decision.email === 'off'
        ? SKIP_REASONS.channelOff
        : !recipient.email
          ? SKIP_REASONS.noEmailAddress
          : decision.email;
    return {
      ...base,
      recipient: planned,
      skip: null,
      inApp: decision.inApp ? 'send' : SKIP_REASONS.channelOff,
      email,
    };
  }

  private async facts(
    job: DeliverJobData,
    assignments: Map<string, AssignmentRecord>,
    matches: Map<string, MatchRecord>,
    manager?: EntityManager,
  ): Promise<SubjectFacts> {
    const none = (subjectType: string, link: string, skip: SkipReason): SubjectFacts => ({
      subjectType,
      params: {},
      link,
      score: null,
      organisationId: null,
      roles: [],
      skip,
    });
    if (job.template !== TEMPLATES.match && job.template !== TEMPLATES.invitation) {
      return RESPONSE_TEMPLATES.has(job.template)
        ? this.responseFacts(job, manager)
        : this.contractFacts(job, manager);
    }
    const link = notificationLink(job.template, { assignmentId: job.subjectId });
    const a = assignments.get(job.subjectId);
    if (!a) return none('assignment', link, SKIP_REASONS.subjectGone);
    const params: NotificationParams = {
      assignmentId: a.id,
      assignmentTitle: a.title,
      organisationName: a.organisationName,
      sector: a.sector,
    };
    const facts: SubjectFacts = {
      subjectType: 'assignment',
      params,
      link,
      score: null,
      organisationId: null,
      roles: [],
      skip: a.status === 'published' ? null : SKIP_REASONS.assignmentNotOpen,
    };
    if (job.template === TEMPLATES.invitation) {
      if (!facts.skip && !(await this.sources.invitationExists(a.id, job.recipientId, manager))) {
        facts.skip = SKIP_REASONS.noLongerTrue;
      }
      return facts;
    }
    const match = matches.get(`${a.id}:${job.recipientId}`);
    if (!match) return { ...facts, skip: facts.skip ?? SKIP_REASONS.noLongerTrue };
    params.score = match.score;
    params.reasons = {
      en: (match.explanation?.en ?? []).slice(0, 3),
      nl: (match.explanation?.nl ?? []).slice(0, 3),
    };
    return { ...facts, score: match.score, match };
  }

  private async responseFacts(job: DeliverJobData, manager?: EntityManager): Promise<SubjectFacts> {
    const r = await this.sources.response(job.subjectId, manager);
    const fallback = notificationLink(job.template, { responseId: job.subjectId });
    if (!r) {
      return {
        subjectType: 'response',
        params: {},
        link: fallback,
        score: null,
        organisationId: null,
        roles: [],
        skip: SKIP_REASONS.subjectGone,
      };
    }
    const a = (await this.sources.assignments([r.assignmentId], manager)).get(r.assignmentId);
    const params: NotificationParams = {
      responseId: r.id,
      assignmentId: r.assignmentId,
      assignmentTitle: a?.title ?? '',
      organisationName: a?.organisationName ?? '',
    };
    const link = notificationLink(job.template, { assignmentId: r.assignmentId, responseId: r.id });
    const facts: SubjectFacts = {
      subjectType: 'response',
      params,
      link,
      score: null,
      organisationId: null,
      roles: [],
      skip: null,
    };
    const t = job.template;
    if (t === TEMPLATES.responseSubmitted) {
      facts.organisationId = r.organisationId;
      facts.roles = ['hiring_manager', 'admin'];
      if (r.status === 'withdrawn') facts.skip = SKIP_REASONS.noLongerTrue;
    } else if (t === TEMPLATES.responseShortlisted) {
      if (r.status === 'withdrawn') facts.skip = SKIP_REASONS.noLongerTrue;
    } else if (t === TEMPLATES.responseRejected) {
      params.reason = r.rejectionReason;
      params.note = r.rejectionNote;
      if (r.status !== 'rejected') facts.skip = SKIP_REASONS.noLongerTrue;
    } else if (t === TEMPLATES.responseSelected) {
      if (r.status !== 'selected') facts.skip = SKIP_REASONS.noLongerTrue;
    } else if (t === TEMPLATES.contractToDraft) {
      facts.organisationId = r.organisationId;
      facts.roles = ['procurement', 'admin'];
      if (r.status !== 'selected') facts.skip = SKIP_REASONS.noLongerTrue;
    }
    return facts;
  }

  private async contractFacts(job: DeliverJobData, manager?: EntityManager): Promise<SubjectFacts> {
    const isReview = job.template === TEMPLATES.reviewReceived;
    const review = isReview ? await this.sources.review(job.subjectId, manager) : null;
    const contractId = isReview ? review?.contractId : job.subjectId;
    const c = contractId ? await this.sources.contract(contractId, manager) : null;
    const link = notificationLink(job.template, { contractId: contractId ?? job.subjectId });
    const subjectType = isReview ? 'review' : 'contract';
    if (!c || (isReview && !review)) {
      return {
        subjectType,
        params: {},
        link,
        score: null,
        organisationId: null,
        roles: [],
        skip: SKIP_REASONS.subjectGone,
      };
    }
    const a = (await this.sources.assignments([c.assignmentId], manager)).get(c.assignmentId);
    const params: NotificationParams = {
      contractId: c.id,
      assignmentId: c.assignmentId,
      assignmentTitle: a?.title ?? '',
      organisationName: a?.organisationName ?? '',
    };
    const allowed = CONTRACT_STATUS_FOR[job.template];
    const skip = allowed && !allowed.includes(c.status) ? SKIP_REASONS.noLongerTrue : null;
    // Organisation-side recipients must still belong to the organisation.
    const clientSide = job.recipientId !== c.interimId;
    return {
      subjectType,
      params,
      link,
      score: null,
      organisationId: clientSide ? c.organisationId : null,
      roles: [],
      skip,
    };
  }
}
