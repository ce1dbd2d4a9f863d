import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AssignmentSearchDocument, ProfileSearchDocument } from '../search-documents';
import { calendarToday } from '@gilde/profiles';
import { PostgresSearchEngine } from '../postgres/postgres-search.engine';
import { RebuildResult, SEARCH_ENGINE, SearchEngine } from '../search-engine';
import { Projection, SearchDocumentSource } from './search-document.source';

/**
 * Keeps the index equal to PostgreSQL: per entity on events, or whole on a rebuild. Every
 * document is projected from the current committed rows, never from an event payload.
 */
@Injectable()
export class SearchIndexerService {
  private readonly logger = new Logger(SearchIndexerService.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly source: SearchDocumentSource,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get engineName(): string {
    return this.engine.name;
  }

  projectProfiles(
    interimIds: string[],
    manager?: EntityManager,
  ): Promise<Projection<ProfileSearchDocument>> {
    return this.source.profileDocuments(interimIds, manager);
  }

  projectAssignments(
    ids: string[],
    manager?: EntityManager,
  ): Promise<Projection<AssignmentSearchDocument>> {
    return this.source.assignmentDocuments(ids, manager);
  }

  /**
   * One entity, inside the caller's transaction, for every engine: the entity's lock is held
   * from the read to the end of the write, so a job that read the entity before a change
   * (an erasure, hiding, closing) cannot write its stale document after the job that applied
   * the change. The PostgreSQL engine writes through the same connection; an external engine
   * is written while the lock is held, and the caller commits the acknowledgement after it.
   */
  async syncInTransaction(
    manager: EntityManager,
    kind: 'profile' | 'assignment',
    id: string,
  ): Promise<void> {
    // Locked before the read; applying takes the same (re-entrant) lock again.
    await this.locked(manager, kind, [id], async (m) => {
      if (kind === 'profile') await this.applyProfiles(await this.projectProfiles([id], m), m);
      else await this.applyAssignments(await this.projectAssignments([id], m), m);
    });
  }

  /**
   * Upserts the indexable profiles and removes the others (erased, hidden, gone). Deletes win:
   * under the same per-entity lock, a document whose person has been erased is removed instead
   * of written, whenever it was read (users.erased_at is the tombstone: erasure sets it in the
   * transaction that deletes the profile, and it is never unset).
   */
  async applyProfiles(
    projection: Projection<ProfileSearchDocument>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.locked(
      manager,
      'profile',
      this.idsOf(projection, (d) => d.interimId),
      async (m) => {
        const erased = await this.source.erasedAmong(
          projection.docs.map((d) => d.interimId),
          m,
        );
        const docs = projection.docs.filter((d) => !erased.has(d.interimId));
        await this.engine.upsertProfiles(docs, { manager: m });
        await this.engine.deleteProfiles([...projection.absent, ...erased], { manager: m });
      },
    );
  }

  /** Upserts the published assignments and removes the others. */
  async applyAssignments(
    projection: Projection<AssignmentSearchDocument>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.locked(
      manager,
      'assignment',
      this.idsOf(projection, (d) => d.assignmentId),
      async (m) => {
        await this.engine.upsertAssignments(projection.docs, { manager: m });
        await this.engine.deleteAssignments(projection.absent, { manager: m });
      },
    );
  }

  private idsOf<D>(projection: Projection<D>, id: (d: D) => string): string[] {
    return [...projection.docs.map(id), ...projection.absent];
  }

  /**
   * Runs `work` holding the entities' advisory locks (in the caller's transaction, or a new
   * one), in the order of their lock keys, so two writers of overlapping sets cannot deadlock.
   */
  private async locked(
    manager: EntityManager | undefined,
    kind: 'profile' | 'assignment',
    ids: string[],
    work: (m: EntityManager) => Promise<void>,
  ): Promise<void> {
    const run = async (m: EntityManager) => {
      const keys = [...new Set(ids)].map((id) => `search:${kind}:${id}`);
      if (keys.length) {
        // raw SQL: transaction-scoped advisory locks (pg_advisory_xact_lock over hashtext) have no typed form
        await m.query(
          `SELECT pg_advisory_xact_lock(h)
             FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY 1) x`,
          [keys],
        );
      }
      await work(m);
    };
    if (manager) await run(manager);
    else await this.dataSource.transaction(run);
  }

  /** Locks, re-reads and applies these profiles (one transaction). */
  async syncProfiles(interimIds: string[]): Promise<void> {
    await this.locked(undefined, 'profile', interimIds, async (m) =>
      this.applyProfiles(await this.projectProfiles(interimIds, m), m),
    );
  }

  async syncAssignments(ids: string[]): Promise<void> {
    await this.locked(undefined, 'assignment', ids, async (m) =>
      this.applyAssignments(await this.projectAssignments(ids, m), m),
    );
  }

  /**
   * Lists every document id in the engine and removes those PostgreSQL no longer has (erased or
   * hidden profiles, assignments no longer published): whatever a lost job, a rebuild that read
   * a profile just before its erasure, or a bug left behind. Each suspect is re-read under its
   * lock, so one that just became indexable again is written, not removed.
   */
  async reconcile(pageSize = 1000): Promise<{ profiles: number; assignments: number }> {
    const stale = { profiles: [] as string[], assignments: [] as string[] };
    for (const kind of ['profiles', 'assignments'] as const) {
      // Collected first: removing while listing would shift the engine's pages.
      for await (const ids of this.engine.listDocumentIds(kind, pageSize)) {
        stale[kind].push(...(await this.source.notIndexable(kind, ids)));
      }
    }
    for (let i = 0; i < stale.profiles.length; i += 100)
      await this.syncProfiles(stale.profiles.slice(i, i + 100));
    for (let i = 0; i < stale.assignments.length; i += 100)
      await this.syncAssignments(stale.assignments.slice(i, i + 100));
    if (stale.profiles.length || stale.assignments.length) {
      this.logger.warn(
        `Search reconciler: ${stale.profiles.length} profiles and ${stale.assignments.length} ` +
          `assignments in the ${this.engine.name} index that PostgreSQL no longer has, re-synced`,
      );
    }
    return { profiles: stale.profiles.length, assignments: stale.assignments.length };
  }

  async rebuild(): Promise<{ profiles: RebuildResult; assignments: RebuildResult }> {
    await this.engine.prepare();
    const profiles =
      this.engine instanceof PostgresSearchEngine
        ? await this.rebuildPostgresProfiles(this.engine)
        : await this.engine.rebuildProfiles(this.source.allProfiles());
    const assignments = await this.engine.rebuildAssignments(this.source.allAssignments());
    this.logger.log(
      `Rebuilt the ${this.engine.name} index: ${profiles.documents} profiles in ${profiles.durationMs} ms, ` +
        `${assignments.documents} assignments in ${assignments.durationMs} ms`,
    );
    return { profiles, assignments };
  }

  /** Set-based build and swap, then the profiles that changed meanwhile, one by one. */
  private async rebuildPostgresProfiles(engine: PostgresSearchEngine): Promise<RebuildResult> {
    const built = await engine.rebuildProfilesFromTables(calendarToday());
    const changed = await engine.profilesChangedSince(built.startedAt);
    for (let i = 0; i < changed.length; i += 500)
      await this.syncProfiles(changed.slice(i, i + 500));
    return { documents: built.documents, durationMs: built.durationMs };
  }
}
