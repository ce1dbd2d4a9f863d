import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
export class SearchIndexer {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly source: SearchDocumentSource,
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
   * For the PostgreSQL engine, inside the caller's transaction: one entity at a time (advisory
   * lock), read and written through the same connection, so concurrent jobs for the same entity
   * cannot interleave a stale read with a newer write.
   */
  async syncInTransaction(
    manager: EntityManager,
    kind: 'profile' | 'assignment',
    id: string,
  ): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`search:${kind}:${id}`]);
    if (kind === 'profile')
      await this.applyProfiles(await this.projectProfiles([id], manager), manager);
    else await this.applyAssignments(await this.projectAssignments([id], manager), manager);
  }

  /** Upserts the indexable profiles and removes the others (erased, hidden, gone). */
  async applyProfiles(
    projection: Projection<ProfileSearchDocument>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.engine.upsertProfiles(projection.docs, { manager });
    await this.engine.deleteProfiles(projection.absent, { manager });
  }

  /** Upserts the published assignments and removes the others. */
  async applyAssignments(
    projection: Projection<AssignmentSearchDocument>,
    manager?: EntityManager,
  ): Promise<void> {
    await this.engine.upsertAssignments(projection.docs, { manager });
    await this.engine.deleteAssignments(projection.absent, { manager });
  }

  async syncProfiles(interimIds: string[]): Promise<void> {
    await this.applyProfiles(await this.projectProfiles(interimIds));
  }

  async syncAssignments(ids: string[]): Promise<void> {
    await this.applyAssignments(await this.projectAssignments(ids));
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
