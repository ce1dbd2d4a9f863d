import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '@gilde/identity';
import {
  EVENTS,
  Page,
  appendToOutbox,
  notFound,
  pageWindow,
  transitionRefused,
  modify,
} from '@gilde/kernel';
import { AdminCredentialView, CredentialListQuery } from '../dto/credential-admin.dto';
import {
  Credential,
  CredentialStatus,
  StoredCredentialStatus,
} from '../entities/credential.entity';
import { calendarToday, effectiveCredentialStatus } from './credential-status';

interface CredentialListRow {
  id: string;
  user_id: string;
  display_name: string;
  type: Credential['type'];
  number: string;
  valid_until: string;
  status: StoredCredentialStatus;
  verified_at: Date | null;
  verified_by: string | null;
  suspended_at: Date | null;
}

/** SQL for "the effective state is X", `$1` being today's date. */
const STATUS_FILTER: Record<CredentialStatus, string> = {
  unverified: `c.status = 'unverified' AND c.valid_until >= $1::date`,
  verified: `c.status = 'verified' AND c.valid_until >= $1::date`,
  expired: `c.status <> 'suspended' AND c.valid_until < $1::date`,
  suspended: `c.status = 'suspended'`,
};

/** Platform admins verify and suspend credentials. */
@Injectable()
export class CredentialsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: CredentialListQuery): Promise<Page<AdminCredentialView>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const today = calendarToday();
    // The filters refer to today's date as $1.
    const filter = query.status ? STATUS_FILTER[query.status] : 'TRUE';
    const filterParams = query.status ? [today] : [];
    const n = filterParams.length;
    const rows: (CredentialListRow & { total: string })[] = await this.dataSource.query(
      `SELECT c.id, c.user_id, u.display_name, c.type, c.number, c.valid_until::text AS valid_until,
              c.status, c.verified_at, c.verified_by, c.suspended_at, count(*) OVER () AS total
         FROM credentials c JOIN users u ON u.id = c.user_id
        WHERE ${filter}
        ORDER BY c.created_at, c.id
        LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...filterParams, take, skip],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && skip > 0) {
      // Past the last page the window function has no row to report the total on.
      const counted: { n: string }[] = await this.dataSource.query(
        `SELECT count(*) AS n FROM credentials c WHERE ${filter}`,
        filterParams,
      );
      total = Number(counted[0].n);
    }
    return { items: rows.map((r) => toAdminView(r, today)), page, pageSize, total };
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
      const bumped = await modify<{ version: number }>(
        manager,
        `UPDATE interim_profiles SET version = version + 1, updated_at = now()
          WHERE user_id = $1 RETURNING version`,
        [owner.userId],
      );
      const credential = await manager.findOne(Credential, {
        where: { id: credentialId },
        lock: { mode: 'pessimistic_write' },
      });
      const version = bumped.rows[0]?.version;
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
      const rows: CredentialListRow[] = await manager.query(
        `SELECT c.id, c.user_id, u.display_name, c.type, c.number, c.valid_until::text AS valid_until,
                c.status, c.verified_at, c.verified_by, c.suspended_at
           FROM credentials c JOIN users u ON u.id = c.user_id WHERE c.id = $1`,
        [credentialId],
      );
      return toAdminView(rows[0], today);
    });
  }
}

function toAdminView(r: CredentialListRow, today: string): AdminCredentialView {
  return {
    id: r.id,
    interimId: r.user_id,
    interimName: r.display_name,
    type: r.type,
    number: r.number,
    validUntil: r.valid_until,
    status: effectiveCredentialStatus(r.status, r.valid_until, today),
    verifiedAt: r.verified_at ? r.verified_at.toISOString() : null,
    verifiedBy: r.verified_by,
    suspendedAt: r.suspended_at ? r.suspended_at.toISOString() : null,
  };
}
