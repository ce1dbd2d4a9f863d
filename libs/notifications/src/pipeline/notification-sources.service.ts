import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentStatus, AssignmentSummaries, ResponseSummary } from '@gilde/assignments';
import { ContractFact, ContractFacts, ReviewFact } from '@gilde/contracts';
import { UserContact, UserDirectory } from '@gilde/identity';
import { StoredMatches } from '@gilde/matching';
import { MatchAlertSettings } from '@gilde/profiles';
import { sql } from '@gilde/kernel';
import { StoredPreference } from '../domain/effective-preference';

/** Where the previous page of match recipients ended (ranked order). */
export interface MatchCursor {
  rank: number;
  interimId: string;
}

export interface RecipientRecord extends UserContact {
  prefs: Record<string, StoredPreference>;
}

export interface AssignmentRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  status: AssignmentStatus;
  sector: string | null;
  createdBy: string;
}

export interface MatchRecord {
  score: number | null;
  reciprocal: boolean;
  explanation: { en?: string[]; nl?: string[] } | null;
  profileNotify: string | null;
  notifySectors: string[] | null;
}

export type ResponseRecord = ResponseSummary;
export type ContractRecord = ContractFact;
export type ReviewRecord = ReviewFact;

/**
 * Everything the notification pipeline reads about other libraries' objects, in one place,
 * by id, through the readers those libraries export. Handlers re-read through here when a job
 * runs, so what they send is what is true now.
 */
@Injectable()
export class NotificationSourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserDirectory,
    private readonly assignmentSummaries: AssignmentSummaries,
    private readonly storedMatches: StoredMatches,
    private readonly contracts: ContractFacts,
    private readonly alertSettings: MatchAlertSettings,
  ) {}

  private db(manager?: EntityManager) {
    return sql(manager ?? this.dataSource);
  }

  /** Stored preferences per person and kind. */
  async preferences(
    ids: string[],
    manager?: EntityManager,
  ): Promise<Map<string, Record<string, StoredPreference>>> {
    const out = new Map<string, Record<string, StoredPreference>>();
    if (!ids.length) return out;
    const rows = await this.db(manager)
      .selectFrom('notificationPreferences')
      .select(['userId', 'kind', 'channels', 'frequency'])
      .where('userId', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .execute();
    for (const r of rows) {
      const prefs = out.get(r.userId) ?? {};
      prefs[r.kind] = { channels: r.channels, frequency: r.frequency };
      out.set(r.userId, prefs);
    }
    return out;
  }

  async recipients(ids: string[], manager?: EntityManager): Promise<Map<string, RecipientRecord>> {
    if (!ids.length) return new Map();
    // Reads run one after the other: inside a transaction they share one connection.
    const contacts = await this.users.contacts(ids, manager);
    const prefs = await this.preferences(ids, manager);
    return new Map([...contacts].map(([id, c]) => [id, { ...c, prefs: prefs.get(id) ?? {} }]));
  }

  async assignments(
    ids: string[],
    manager?: EntityManager,
  ): Promise<Map<string, AssignmentRecord>> {
    if (!ids.length) return new Map();
    const summaries = await this.assignmentSummaries.byIds(ids, manager);
    const names = await this.users.organisationNames(
      [...summaries.values()].map((a) => a.organisationId),
      manager,
    );
    const out = new Map<string, AssignmentRecord>();
    for (const [id, a] of summaries) {
      const organisationName = names.get(a.organisationId);
      // As the inner join did: an assignment without its organisation is not there.
      if (organisationName !== undefined) out.set(id, { ...a, organisationName });
    }
    return out;
  }

  /** Stored matches with the interim's own alert settings; keyed `${assignmentId}:${interimId}`. */
  async matches(
    pairs: { assignmentId: string; interimId: string }[],
    manager?: EntityManager,
  ): Promise<Map<string, MatchRecord>> {
    if (!pairs.length) return new Map();
    const stored = await this.storedMatches.byPairs(pairs, manager);
    const settings = await this.alertSettings.forUsers(
      [...stored.values()].map((m) => m.interimId),
      manager,
    );
    const out = new Map<string, MatchRecord>();
    for (const [key, m] of stored) {
      const setting = settings.get(m.interimId);
      out.set(key, {
        score: m.score,
        reciprocal: m.reciprocal,
        explanation: m.explanation,
        profileNotify: setting?.notify ?? null,
        notifySectors: setting?.notifySectors ?? null,
      });
    }
    return out;
  }

  invitationExists(
    assignmentId: string,
    interimId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    return this.assignmentSummaries.invitationExists(assignmentId, interimId, manager);
  }

  response(id: string, manager?: EntityManager): Promise<ResponseRecord | null> {
    return this.assignmentSummaries.response(id, manager);
  }

  contract(id: string, manager?: EntityManager): Promise<ContractRecord | null> {
    return this.contracts.contract(id, manager);
  }

  review(id: string, manager?: EntityManager): Promise<ReviewRecord | null> {
    return this.contracts.review(id, manager);
  }

  rolesIn(userId: string, organisationId: string, manager?: EntityManager): Promise<string[]> {
    return this.users.rolesIn(userId, organisationId, manager);
  }

  /** Members of the organisation holding `role`, oldest membership first. */
  membersWithRole(
    organisationId: string,
    role: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    return this.users.membersWithRole(organisationId, role, manager);
  }

  /**
   * Interim managers to tell about a match, one page of the stored ranking at a time: the
   * ranked (within budget), reciprocal matches of a published assignment whose recipient is
   * not erased, still wants match alerts (profile and preferences), follows the sector (when
   * they chose sectors) and was not told already. `next` is where the following page starts
   * (null at the end); a page may hold fewer recipients than `limit` when some are left out.
   */
  async matchRecipients(
    assignmentId: string,
    manager?: EntityManager,
    options: { onlyInterimId?: string | null; after?: MatchCursor | null; limit: number } = {
      limit: 1000,
    },
  ): Promise<{ recipients: { interimId: string; rank: number }[]; next: MatchCursor | null }> {
    const assignment = (await this.assignmentSummaries.byIds([assignmentId], manager)).get(
      assignmentId,
    );
    if (assignment?.status !== 'published') return { recipients: [], next: null };
    const page = await this.storedMatches.rankedPage(assignmentId, options, manager);
    const last = page[page.length - 1];
    const next = last && page.length >= options.limit ? last : null;
    if (!page.length) return { recipients: [], next };

    const ids = page.map((m) => m.interimId);
    const active = await this.users.activeIds(ids, manager);
    const settings = await this.alertSettings.forUsers(ids, manager);
    const optedOut = await this.db(manager)
      .selectFrom('notificationPreferences')
      .select('userId')
      .where('userId', '=', (eb) => eb.fn.any(eb.val(ids)))
      .where('kind', '=', 'match')
      .where((eb) =>
        eb.or([eb('frequency', '=', 'off'), eb(eb.fn('cardinality', ['channels']), '=', 0)]),
      )
      .execute();
    const told = await this.db(manager)
      .selectFrom('notifications')
      .select('recipientId')
      .where('dedupeKey', '=', (eb) =>
        eb.fn.any(eb.val(ids.map((id) => `match:${assignmentId}:${id}`))),
      )
      .execute();
    const left = new Set([...optedOut.map((r) => r.userId), ...told.map((r) => r.recipientId)]);
    const recipients = page.filter((m) => {
      if (!active.has(m.interimId) || left.has(m.interimId)) return false;
      const s = settings.get(m.interimId);
      if (!s) return true;
      if (s.notify === 'off') return false;
      return (
        !s.notifySectors.length ||
        (assignment.sector !== null && s.notifySectors.includes(assignment.sector))
      );
    });
    return { recipients, next };
  }
}
