import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ExpressionBuilder, Selectable } from 'kysely';
import { AuthUser, UserContact, UserDirectory } from '@gilde/identity';
import {
  EVENTS,
  Page,
  appendToOutbox,
  notFound,
  pageWindow,
  transitionRefused,
  sql,
} from '@gilde/kernel';
import type { DB } from '@gilde/kernel';
import { AdminCredentialView, CredentialListQuery } from '../dto/credential-admin.dto';
import {
  Credential,
  CredentialStatus,
  StoredCredentialStatus,
} from '../entities/credential.entity';
import { bumpProfileVersion } from '../profiles/profile-version';
import { calendarToday, effectiveCredentialStatus } from './credential-status';

/** The credential columns an admin sees, typed by the schema. */
const LISTED = [
  'id',
  'userId',
  'type',
  'number',
  'validUntil',
  'status',
  'verifiedAt',
  'verifiedBy',
  'suspendedAt',
] as const;

type CredentialListRow = Omit<
  Pick<Selectable<DB['credentials']>, (typeof LISTED)[number]>,
  'validUntil'
> & {
  validUntil: string;
};

/** "The effective state is X" on today's date. */
function statusFilter(status: CredentialStatus, today: string) {
  return (eb: ExpressionBuilder<DB, 'credentials'>) => {
    const day = eb.cast<Date>(eb.val(today), 'date');
    switch (status) {
      case 'unverified':
        return eb.and([eb('status', '=', 'unverified'), eb('validUntil', '>=', day)]);
      case 'verified':
        return eb.and([eb('status', '=', 'verified'), eb('validUntil', '>=', day)]);
      case 'expired':
        return eb.and([eb('status', '<>', 'suspended'), eb('validUntil', '<', day)]);
      case 'suspended':
        return eb('status', '=', 'suspended');
    }
  };
}

/** Platform admins verify and suspend credentials. */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
  ) {}

  async list(query: CredentialListQuery): Promise<Page<AdminCredentialView>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const today = calendarToday();
    let listed = this.credentials(this.dataSource).select((eb) =>
      eb.fn.countAll<string>().over().as('total'),
    );
    let counted = sql(this.dataSource)
      .selectFrom('credentials')
      .select((eb) => eb.fn.countAll<string>().as('n'));
    if (query.status) {
      listed = listed.where(statusFilter(query.status, today));
      counted = counted.where(statusFilter(query.status, today));
    }
    const rows = await listed.orderBy('createdAt').orderBy('id').limit(take).offset(skip).execute();
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && skip > 0) {
      // Past the last page the window function has no row to report the total on.
      total = Number((await counted.executeTakeFirstOrThrow()).n);
    }
    const names = await this.directory.contacts(rows.map((r) => r.userId));
    return { items: rows.map((r) => toAdminView(r, names, today)), page, pageSize, total };
  }

  /** The listed columns, the date as the calendar day it is. */
  private credentials(on: DataSource | EntityManager) {
    return sql(on)
      .selectFrom('credentials')
      .select(LISTED.filter((c) => c !== 'validUntil'))
      .select((eb) => eb.cast<string>('validUntil', 'text').as('validUntil'));
  }

  verify(admin: AuthUser, credentialId: string): Promise<AdminCredentialView> {
    return this.transition(credentialId, (manager, credential, today) => {
      const current = effectiveCredentialStatus(credential.status, credential.validUntil, today);
      if (current === 'verified' || current === 'expired') {
        throw transitionRefused('credential', 'verify', current);
      }
      return manager.update(
        Credential,
        { id: credential.id },
        {
          status: 'verified',
          verifiedAt: () => 'now()',
          verifiedBy: admin.id,
          suspendedAt: null,
          suspendedBy: null,
        },
      );
    });
  }

  suspend(admin: AuthUser, credentialId: string): Promise<AdminCredentialView> {
    return this.transition(credentialId, (manager, credential) => {
      if (credential.status === 'suspended') {
        throw transitionRefused('credential', 'suspend', 'suspended');
      }
      return manager.update(
        Credential,
        { id: credential.id },
        { status: 'suspended', suspendedAt: () => 'now()', suspendedBy: admin.id },
      );
    });
  }

  /**
   * Locks the owning profile before the credential, the same order a profile save takes,
   * so a verification and a save by the interim never deadlock.
   */
  private async transition(
    credentialId: string,
    change: (manager: EntityManager, credential: Credential, today: string) => Promise<unknown>,
  ): Promise<AdminCredentialView> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await manager.findOne(Credential, {
        where: { id: credentialId },
        select: { id: true, userId: true },
      });
      if (!owner) throw notFound('Credential');
      const version = await bumpProfileVersion(manager, owner.userId);
      const credential = await manager.findOne(Credential, {
        where: { id: credentialId },
        lock: { mode: 'pessimistic_write' },
      });
      // The interim may have replaced the credential in the meantime.
      if (!credential || version === undefined) throw notFound('Credential');
      const today = calendarToday();
      await change(manager, credential, today);
      await appendToOutbox(manager, {
        eventType: EVENTS.profileUpdated,
        tenantId: credential.userId,
        aggregateType: 'interim_profile',
        aggregateId: credential.userId,
        payload: { interimId: credential.userId, version, credentialId: credential.id },
      });
      const row = await this.credentials(manager)
        .where('id', '=', credentialId)
        .executeTakeFirstOrThrow();
      const names = await this.directory.contacts([row.userId], manager);
      return toAdminView(row, names, today);
    });
  }
}

function toAdminView(
  r: CredentialListRow,
  people: Map<string, UserContact>,
  today: string,
): AdminCredentialView {
  return {
    id: r.id,
    interimId: r.userId,
    interimName: people.get(r.userId)?.displayName ?? '',
    type: r.type as Credential['type'],
    number: r.number,
    validUntil: r.validUntil,
    status: effectiveCredentialStatus(r.status as StoredCredentialStatus, r.validUntil, today),
    verifiedAt: r.verifiedAt ? r.verifiedAt.toISOString() : null,
    verifiedBy: r.verifiedBy,
    suspendedAt: r.suspendedAt ? r.suspendedAt.toISOString() : null,
  };
}
