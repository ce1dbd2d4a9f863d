import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { AuthUser, OrganisationAccessService, OrganisationDirectory } from '@gilde/identity';
import { invalidField, sql } from '@gilde/kernel';
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
    private readonly access: OrganisationAccessService,
    private readonly organisations: OrganisationDirectory,
    private readonly assignments: AssignmentSummaries,
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
      await sql(manager)
        .selectNoFrom((eb) =>
          eb
            .fn('pg_advisory_xact_lock', [
              eb.fn('hashtext', [eb.val(`rate_card:${organisationId}`)]),
            ])
            .as('locked'),
        )
        .execute();
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
    const rows = await sql(manager)
      .selectFrom('rateCardEntries')
      .select(['seniority', 'maxDayRate'])
      .where('organisationId', '=', organisationId)
      .where('assignmentKind', '=', assignmentKind)
      .execute();
    if (!rows.length) return null;
    const exact = seniority ? rows.find((r) => r.seniority === seniority) : undefined;
    if (exact) return exact.maxDayRate;
    const any = rows.find((r) => r.seniority === ANY_SENIORITY);
    if (any) return any.maxDayRate;
    return seniority ? null : Math.max(...rows.map((r) => r.maxDayRate));
  }

  /** What procurement should look at: assignments and contracts above the card. */
  async flags(user: AuthUser, organisationId: string): Promise<RateFlagsView> {
    await this.access.require(user, organisationId, ['procurement', 'admin']);
    const db = sql(this.dataSource);
    // Per kind, the card's limit for any seniority, or else its highest one.
    const card = await db
      .selectFrom('rateCardEntries')
      .select((eb) => [
        'assignmentKind',
        eb.fn
          .coalesce(
            eb.fn.max('maxDayRate').filterWhere('seniority', '=', ANY_SENIORITY),
            eb.fn.max('maxDayRate'),
          )
          .as('cardMax'),
      ])
      .where('organisationId', '=', organisationId)
      .groupBy('assignmentKind')
      .execute();
    const limits = new Map(card.map((c) => [c.assignmentKind, c.cardMax]));
    const assignments = await this.assignments.aboveLimits(organisationId, limits);
    const contracts = await db
      .selectFrom('contracts')
      .select([
        'id',
        'assignmentId',
        'status',
        'dayRate',
        'rateCardMaxDayRate',
        'rateJustification',
      ])
      .where('organisationId', '=', organisationId)
      .where('rateCardMaxDayRate', 'is not', null)
      .whereRef('dayRate', '>', 'rateCardMaxDayRate')
      .where('status', 'not in', ['terminated', 'superseded'])
      .orderBy('createdAt', 'desc')
      .orderBy('id')
      .execute();
    const contracted = await this.assignments.byIds(contracts.map((c) => c.assignmentId));
    const excess = (rate: number, max: number): number => Math.round(((rate - max) / max) * 100);
    const items: RateFlagView[] = [
      ...assignments.flatMap((a) => {
        const cardMax = limits.get(a.assignmentKind ?? '');
        if (!a.assignmentKind || a.maxDayRate === null || cardMax === undefined) return [];
        return [
          {
            type: 'assignment_above_rate_card' as const,
            assignmentId: a.id,
            contractId: null,
            title: a.title,
            assignmentKind: a.assignmentKind,
            status: a.status,
            dayRate: a.maxDayRate,
            rateCardMaxDayRate: cardMax,
            excessPercent: excess(a.maxDayRate, cardMax),
            justification: null,
          },
        ];
      }),
      ...contracts.flatMap((c) => {
        const a = contracted.get(c.assignmentId);
        if (!a?.assignmentKind || c.rateCardMaxDayRate === null) return [];
        return [
          {
            type: 'contract_above_rate_card' as const,
            assignmentId: c.assignmentId,
            contractId: c.id,
            title: a.title,
            assignmentKind: a.assignmentKind,
            status: c.status,
            dayRate: c.dayRate,
            rateCardMaxDayRate: c.rateCardMaxDayRate,
            excessPercent: excess(c.dayRate, c.rateCardMaxDayRate),
            justification: c.rateJustification,
          },
        ];
      }),
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
    const [registrations, details] = await Promise.all([
      this.organisations.registrations([organisationId], manager),
      sql(manager)
        .selectFrom('organisationContractDetails')
        .select(['vatId', 'address'])
        .where('organisationId', '=', organisationId)
        .executeTakeFirst(),
    ]);
    // Details of an organisation that does not exist are not shown.
    const row = registrations.has(organisationId) ? details : undefined;
    return {
      organisationId,
      kvkNumber: registrations.get(organisationId)?.kvkNumber ?? null,
      vatId: row?.vatId ?? null,
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
