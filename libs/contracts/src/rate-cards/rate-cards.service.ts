import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser, OrganisationAccess } from '@gilde/identity';
import { invalidField } from '@gilde/kernel';
import { recordAudit } from '../audit/audit-log';
import { ContractFieldCodes } from '../contracts.errors';
import { ANY_SENIORITY, Seniority } from '../domain/contract-terms';
import { OrganisationContractDetails } from '../entities/organisation-contract-details.entity';
import { RateCardEntry } from '../entities/rate-card-entry.entity';
import {
  ContractDetailsView,
  PutContractDetailsDto,
  PutRateCardDto,
  RateCardView,
  RateFlagView,
  RateFlagsView,
} from './rate-card.dto';

/**
 * Rate cards are guardrails, not walls: an assignment above the card is allowed and flagged for
 * procurement; a contract above it needs procurement's written justification.
 */
@Injectable()
export class RateCardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccess,
  ) {}

  async get(user: AuthUser, organisationId: string): Promise<RateCardView> {
    await this.access.require(user, organisationId);
    return this.view(this.dataSource.manager, organisationId);
  }

  async put(
    user: AuthUser,
    organisationId: string,
    dto: PutRateCardDto,
    ip: string | null,
  ): Promise<RateCardView> {
    await this.access.require(user, organisationId, ['admin', 'procurement']);
    const seen = new Set<string>();
    for (const [i, e] of dto.entries.entries()) {
      const key = `${e.assignmentKind}/${e.seniority ?? ANY_SENIORITY}`;
      if (seen.has(key)) {
        throw invalidField(
          `entries.${i}`,
          ContractFieldCodes.duplicate,
          `The rate card lists ${e.assignmentKind}${e.seniority ? ` (${e.seniority})` : ''} twice; give each kind and seniority one line.`,
        );
      }
      seen.add(key);
    }
    return this.dataSource.transaction(async (manager) => {
      // Two simultaneous replacements of the same card run one after the other.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rate_card:' || $1))`, [
        organisationId,
      ]);
      const before = await this.view(manager, organisationId);
      await manager.delete(RateCardEntry, { organisationId });
      if (dto.entries.length) {
        await manager.insert(
          RateCardEntry,
          dto.entries.map((e) => ({
            organisationId,
            assignmentKind: e.assignmentKind,
            seniority: e.seniority ?? ANY_SENIORITY,
            maxDayRate: e.maxDayRate,
            updatedBy: user.id,
          })),
        );
      }
      const after = await this.view(manager, organisationId);
      await recordAudit(manager, {
        organisationId,
        actorId: user.id,
        entityType: 'rate_card',
        entityId: organisationId,
        action: 'replaced',
        before: { entries: before.entries.map(entryKey) },
        after: { entries: after.entries.map(entryKey) },
        ip,
      });
      return after;
    });
  }

  /**
   * The card's maximum for a kind and seniority: the exact line, else the line for any seniority,
   * else (when no seniority is asked) the highest line of the kind. Null when the card is silent.
   */
  async limitFor(
    manager: EntityManager,
    organisationId: string,
    assignmentKind: string | null,
    seniority: string | null,
  ): Promise<number | null> {
    if (!assignmentKind) return null;
    const rows: { seniority: string; max_day_rate: number }[] = await manager.query(
      `SELECT seniority, max_day_rate FROM rate_card_entries
        WHERE organisation_id = $1 AND assignment_kind = $2`,
      [organisationId, assignmentKind],
    );
    if (!rows.length) return null;
    const exact = seniority ? rows.find((r) => r.seniority === seniority) : undefined;
    if (exact) return exact.max_day_rate;
    const any = rows.find((r) => r.seniority === ANY_SENIORITY);
    if (any) return any.max_day_rate;
    return seniority ? null : Math.max(...rows.map((r) => r.max_day_rate));
  }

  /** What procurement should look at: assignments and contracts above the card. */
  async flags(user: AuthUser, organisationId: string): Promise<RateFlagsView> {
    await this.access.require(user, organisationId, ['procurement', 'admin']);
    const assignments: {
      id: string;
      title: string;
      assignment_kind: string;
      status: string;
      max_day_rate: number;
      card_max: number;
    }[] = await this.dataSource.query(
      `WITH card AS (
         SELECT assignment_kind,
                COALESCE(MAX(max_day_rate) FILTER (WHERE seniority = $2), MAX(max_day_rate)) AS card_max
           FROM rate_card_entries WHERE organisation_id = $1 GROUP BY assignment_kind)
       SELECT a.id, a.title, a.assignment_kind, a.status, a.max_day_rate, card.card_max
         FROM assignments a JOIN card ON card.assignment_kind = a.assignment_kind
        WHERE a.organisation_id = $1 AND a.status <> 'filled' AND a.max_day_rate > card.card_max
        ORDER BY a.created_at DESC, a.id`,
      [organisationId, ANY_SENIORITY],
    );
    const contracts: {
      id: string;
      assignment_id: string;
      title: string;
      assignment_kind: string;
      status: string;
      day_rate: number;
      rate_card_max_day_rate: number;
      rate_justification: string | null;
    }[] = await this.dataSource.query(
      `SELECT c.id, c.assignment_id, a.title, a.assignment_kind, c.status, c.day_rate,
              c.rate_card_max_day_rate, c.rate_justification
         FROM contracts c JOIN assignments a ON a.id = c.assignment_id
        WHERE c.organisation_id = $1 AND c.rate_card_max_day_rate IS NOT NULL
          AND c.day_rate > c.rate_card_max_day_rate
          AND c.status NOT IN ('terminated', 'superseded')
        ORDER BY c.created_at DESC, c.id`,
      [organisationId],
    );
    const excess = (rate: number, max: number): number => Math.round(((rate - max) / max) * 100);
    const items: RateFlagView[] = [
      ...assignments.map((a) => ({
        type: 'assignment_above_rate_card' as const,
        assignmentId: a.id,
        contractId: null,
        title: a.title,
        assignmentKind: a.assignment_kind,
        status: a.status,
        dayRate: a.max_day_rate,
        rateCardMaxDayRate: a.card_max,
        excessPercent: excess(a.max_day_rate, a.card_max),
        justification: null,
      })),
      ...contracts.map((c) => ({
        type: 'contract_above_rate_card' as const,
        assignmentId: c.assignment_id,
        contractId: c.id,
        title: c.title,
        assignmentKind: c.assignment_kind,
        status: c.status,
        dayRate: c.day_rate,
        rateCardMaxDayRate: c.rate_card_max_day_rate,
        excessPercent: excess(c.day_rate, c.rate_card_max_day_rate),
        justification: c.rate_justification,
      })),
    ];
    return { items };
  }

  async getDetails(user: AuthUser, organisationId: string): Promise<ContractDetailsView> {
    await this.access.require(user, organisationId);
    return this.detailsView(this.dataSource.manager, organisationId);
  }

  async putDetails(
    user: AuthUser,
    organisationId: string,
    dto: PutContractDetailsDto,
    ip: string | null,
  ): Promise<ContractDetailsView> {
    await this.access.require(user, organisationId, ['admin', 'procurement']);
    return this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        OrganisationContractDetails,
        {
          organisationId,
          vatId: dto.vatId ?? null,
          address: dto.address?.trim() || null,
          updatedBy: user.id,
        },
        ['organisationId'],
      );
      await recordAudit(manager, {
        organisationId,
        actorId: user.id,
        entityType: 'organisation_contract_details',
        entityId: organisationId,
        action: 'updated',
        after: { vatId: dto.vatId ?? null },
        ip,
      });
      return this.detailsView(manager, organisationId);
    });
  }

  private async detailsView(
    manager: EntityManager,
    organisationId: string,
  ): Promise<ContractDetailsView> {
    const rows: { kvk_number: string | null; vat_id: string | null; address: string | null }[] =
      await manager.query(
        `SELECT o.kvk_number, d.vat_id, d.address FROM organisations o
           LEFT JOIN organisation_contract_details d ON d.organisation_id = o.id
          WHERE o.id = $1`,
        [organisationId],
      );
    const row = rows[0];
    return {
      organisationId,
      kvkNumber: row?.kvk_number ?? null,
      vatId: row?.vat_id ?? null,
      address: row?.address ?? null,
    };
  }

  private async view(manager: EntityManager, organisationId: string): Promise<RateCardView> {
    const rows = await manager.find(RateCardEntry, {
      where: { organisationId },
      order: { assignmentKind: 'ASC', seniority: 'ASC', id: 'ASC' },
    });
    const updated = rows.reduce<Date | null>(
      (max, r) => (!max || r.updatedAt > max ? r.updatedAt : max),
      null,
    );
    return {
      organisationId,
      entries: rows.map((r) => ({
        assignmentKind: r.assignmentKind,
        seniority: r.seniority === ANY_SENIORITY ? null : (r.seniority as Seniority),
        maxDayRate: r.maxDayRate,
      })),
      updatedAt: updated?.toISOString() ?? null,
    };
  }
}

function entryKey(e: {
  assignmentKind: string;
  seniority: string | null;
  maxDayRate: number;
}): string {
  return `${e.assignmentKind}/${e.seniority ?? ANY_SENIORITY}=${e.maxDayRate}`;
}
