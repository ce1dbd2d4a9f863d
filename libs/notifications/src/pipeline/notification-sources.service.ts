import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccountKind } from '../domain/default-preferences';
import { StoredPreference } from '../domain/effective-preference';

/** Where the previous page of match recipients ended (ranked order). */
export interface MatchCursor {
  rank: number;
  interimId: string;
}

export interface RecipientRecord {
  id: string;
  email: string | null;
  displayName: string;
  locale: string;
  timeZone: string;
  accountType: AccountKind;
  erased: boolean;
  prefs: Record<string, StoredPreference>;
}

export interface AssignmentRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  status: string;
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

export interface ResponseRecord {
  id: string;
  assignmentId: string;
  organisationId: string;
  interimId: string;
  status: string;
  rejectionReason: string | null;
  rejectionNote: string | null;
}

export interface ContractRecord {
  id: string;
  assignmentId: string;
  organisationId: string;
  interimId: string;
  status: string;
  createdBy: string | null;
}

export interface ReviewRecord {
  id: string;
  contractId: string;
  assignmentId: string | null;
  organisationId: string;
  interimId: string;
  authorSide: string;
}

/**
 * Everything the notification pipeline reads about other libraries' objects, in one place,
 * by id, as the agreed data model describes them. Handlers re-read through here when a job
 * runs, so what they send is what is true now.
 */
@Injectable()
export class NotificationSources {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): DataSource | EntityManager {
    return manager ?? this.dataSource;
  }

  async recipients(ids: string[], manager?: EntityManager): Promise<Map<string, RecipientRecord>> {
    if (!ids.length) return new Map();
    const rows: {
      id: string;
      email: string | null;
      display_name: string;
      locale: string;
      time_zone: string;
      account_type: AccountKind;
      erased: boolean;
      prefs: Record<string, StoredPreference> | null;
    }[] = await this.db(manager).query(
      `SELECT u.id, u.email, u.display_name, u.locale, u.time_zone, u.account_type,
              u.erased_at IS NOT NULL AS erased,
              (SELECT json_object_agg(p.kind, json_build_object('channels', p.channels, 'frequency', p.frequency))
                 FROM notification_preferences p WHERE p.user_id = u.id) AS prefs
         FROM users u WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          email: r.email,
          displayName: r.display_name,
          locale: r.locale,
          timeZone: r.time_zone,
          accountType: r.account_type,
          erased: r.erased,
          prefs: r.prefs ?? {},
        },
      ]),
    );
  }

  async assignments(
    ids: string[],
    manager?: EntityManager,
  ): Promise<Map<string, AssignmentRecord>> {
    if (!ids.length) return new Map();
    const rows: {
      id: string;
      organisation_id: string;
      organisation_name: string;
      title: string;
      status: string;
      sector: string | null;
      created_by: string;
    }[] = await this.db(manager).query(
      `SELECT a.id, a.organisation_id, o.name AS organisation_name, a.title, a.status, a.sector, a.created_by
         FROM assignments a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          organisationId: r.organisation_id,
          organisationName: r.organisation_name,
          title: r.title,
          status: r.status,
          sector: r.sector,
          createdBy: r.created_by,
        },
      ]),
    );
  }

  /** Stored matches with the interim's own alert settings; keyed `${assignmentId}:${interimId}`. */
  async matches(
    pairs: { assignmentId: string; interimId: string }[],
    manager?: EntityManager,
  ): Promise<Map<string, MatchRecord>> {
    if (!pairs.length) return new Map();
    const rows: {
      assignment_id: string;
      interim_id: string;
      score: number | null;
      reciprocal: boolean | null;
      explanation: { en?: string[]; nl?: string[] } | null;
      notify: string | null;
      notify_sectors: string[] | null;
    }[] = await this.db(manager).query(
      `SELECT r.a AS assignment_id, r.i AS interim_id, m.score, m.reciprocal, m.explanation,
              p.notify, p.notify_sectors
         FROM unnest($1::uuid[], $2::uuid[]) AS r(a, i)
         JOIN assignment_matches m ON m.assignment_id = r.a AND m.interim_id = r.i
         LEFT JOIN interim_profiles p ON p.user_id = r.i`,
      [pairs.map((p) => p.assignmentId), pairs.map((p) => p.interimId)],
    );
    return new Map(
      rows.map((r) => [
        `${r.assignment_id}:${r.interim_id}`,
        {
          score: r.score === null ? null : Math.round(Number(r.score)),
          reciprocal: r.reciprocal === true,
          explanation: r.explanation,
          profileNotify: r.notify,
          notifySectors: r.notify_sectors,
        },
      ]),
    );
  }

  async invitationExists(
    assignmentId: string,
    interimId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await this.db(manager).query(
      `SELECT 1 FROM assignment_invitations WHERE assignment_id = $1 AND interim_id = $2`,
      [assignmentId, interimId],
    );
    return rows.length > 0;
  }

  async response(id: string, manager?: EntityManager): Promise<ResponseRecord | null> {
    const rows: {
      id: string;
      assignment_id: string;
      organisation_id: string;
      interim_id: string;
      status: string;
      rejection_reason: string | null;
      rejection_note: string | null;
    }[] = await this.db(manager).query(
      `SELECT id, assignment_id, organisation_id, interim_id, status, rejection_reason, rejection_note
         FROM responses WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          assignmentId: r.assignment_id,
          organisationId: r.organisation_id,
          interimId: r.interim_id,
          status: r.status,
          rejectionReason: r.rejection_reason,
          rejectionNote: r.rejection_note,
        }
      : null;
  }

  async contract(id: string, manager?: EntityManager): Promise<ContractRecord | null> {
    const rows: {
      id: string;
      assignment_id: string;
      organisation_id: string;
      interim_id: string;
      status: string;
      created_by: string | null;
    }[] = await this.db(manager).query(
      `SELECT id, assignment_id, organisation_id, interim_id, status, created_by FROM contracts WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          assignmentId: r.assignment_id,
          organisationId: r.organisation_id,
          interimId: r.interim_id,
          status: r.status,
          createdBy: r.created_by,
        }
      : null;
  }

  async review(id: string, manager?: EntityManager): Promise<ReviewRecord | null> {
    const rows: {
      id: string;
      contract_id: string;
      assignment_id: string | null;
      organisation_id: string;
      interim_id: string;
      author_side: string;
    }[] = await this.db(manager).query(
      `SELECT r.id, r.contract_id, c.assignment_id, r.organisation_id, r.interim_id, r.author_side
         FROM reviews r LEFT JOIN contracts c ON c.id = r.contract_id WHERE r.id = $1`,
      [id],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          contractId: r.contract_id,
          assignmentId: r.assignment_id,
          organisationId: r.organisation_id,
          interimId: r.interim_id,
          authorSide: r.author_side,
        }
      : null;
  }

  async rolesIn(
    userId: string,
    organisationId: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows: { roles: string[] }[] = await this.db(manager).query(
      `SELECT roles FROM memberships WHERE user_id = $1 AND organisation_id = $2`,
      [userId, organisationId],
    );
    return rows[0]?.roles ?? [];
  }

  /** Members of the organisation holding `role`, oldest membership first. */
  async membersWithRole(
    organisationId: string,
    role: string,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows: { user_id: string }[] = await this.db(manager).query(
      `SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id AND u.erased_at IS NULL
        WHERE m.organisation_id = $1 AND $2 = ANY(m.roles)
        ORDER BY m.created_at, m.user_id`,
      [organisationId, role],
    );
    return rows.map((r) => r.user_id);
  }

  /**
   * Interim managers to tell about a match: the stored, ranked (within budget), reciprocal
   * matches of a published assignment whose recipient is not erased, still wants match alerts (profile and
   * preferences), follows the sector (when they chose sectors) and was not told already.
   */
  async matchRecipients(
    assignmentId: string,
    manager?: EntityManager,
    options: { onlyInterimId?: string | null; after?: MatchCursor | null; limit?: number } = {},
  ): Promise<{ interimId: string; rank: number }[]> {
    const rows: { interim_id: string; rank: number }[] = await this.db(manager).query(
      `SELECT m.interim_id, m.rank
         FROM assignment_matches m
         JOIN assignments a ON a.id = m.assignment_id AND a.status = 'published'
         JOIN users u ON u.id = m.interim_id AND u.erased_at IS NULL
         LEFT JOIN interim_profiles p ON p.user_id = m.interim_id
         LEFT JOIN notification_preferences np ON np.user_id = m.interim_id AND np.kind = 'match'
        WHERE m.assignment_id = $1
          AND ($2::uuid IS NULL OR m.interim_id = $2)
          AND ($3::int IS NULL OR (m.rank, m.interim_id) > ($3::int, $4::uuid))
          AND m.reciprocal
          AND m.rank IS NOT NULL
          AND COALESCE(p.notify, 'daily') <> 'off'
          AND (p.notify_sectors IS NULL OR cardinality(p.notify_sectors) = 0 OR a.sector = ANY(p.notify_sectors))
          AND (np.user_id IS NULL OR (np.frequency <> 'off' AND cardinality(np.channels) > 0))
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.dedupe_key = 'match:' || m.assignment_id || ':' || m.interim_id)
        ORDER BY m.rank, m.interim_id
        LIMIT $5`,
      [
        assignmentId,
        options.onlyInterimId ?? null,
        options.after?.rank ?? null,
        options.after?.interimId ?? null,
        options.limit ?? null,
      ],
    );
    return rows.map((r) => ({ interimId: r.interim_id, rank: r.rank }));
  }
}
