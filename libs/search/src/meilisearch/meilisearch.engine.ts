import { Logger } from '@nestjs/common';
import {
  EnqueuedTaskPromise,
  Index,
  MeiliSearch,
  MeiliSearchRequestError,
  MeiliSearchRequestTimeOutError,
  Settings,
  Task,
} from 'meilisearch';
import type { AssignmentSearchDocument, ProfileSearchDocument } from '../search-documents';
import {
  AssignmentQuery,
  CandidateQuery,
  DocumentBatches,
  ProfileQuery,
  RebuildResult,
  SearchEngine,
  SearchHits,
  SearchUnavailableError,
} from '../search-engine';
import { MeiliKeyRefusedError, meiliKeyCapability, meiliKeyVerdict } from './meili-key';
import {
  MeiliAssignment,
  MeiliProfile,
  toMeiliAssignment,
  toMeiliProfile,
} from './meili-documents';
import {
  MeiliSearchRequest,
  assignmentSearchRequest,
  candidateRequests,
  mergeCandidates,
  profileSearchRequest,
} from './meili-queries';
import {
  MeiliIndexKind,
  SkillLabelGroup,
  assignmentIndexSettings,
  indexUid,
  profileIndexSettings,
  synonymsFromTaxonomy,
  withPhraseSynonyms,
} from './meili-settings';
import { SearchTextAnalysis } from '../analysis/search-text-analysis';
import { foldedText, queryWords } from '../search-text';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Index names are `<prefix>_profiles` and `<prefix>_assignments`. */
  indexPrefix: string;
  /** Every label of every skill, for the synonyms setting. */
  loadSynonyms: () => Promise<SkillLabelGroup[]>;
  /** Compound splitting and synonyms (by default the curated words only). */
  analysis?: SearchTextAnalysis;
  /** Per HTTP request; searches answer 503 after this. */
  requestTimeoutMs?: number;
  /** How long a write waits for its task before the job retries. */
  taskTimeoutMs?: number;
  /** In production a key that can manage keys is refused, not just warned about. */
  production?: boolean;
}

/**
 * The Meilisearch engine. Settings live in code and are applied by prepare(); every write waits for
 * its task and throws when the task did not succeed, so the job retries (docs/reliability.md#g4).
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly logger = new Logger(MeilisearchEngine.name);
  private readonly client: MeiliSearch;
  private readonly taskTimeoutMs: number;
  private prepared?: Promise<void>;
  private readonly analysis: SearchTextAnalysis;

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.client = new MeiliSearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 3000,
    });
    this.taskTimeoutMs = options.taskTimeoutMs ?? 30_000;
    this.analysis = options.analysis ?? new SearchTextAnalysis();
  }

  /** The parts of the compounds in these texts: Meilisearch does not split Dutch compounds. */
  private async compounds(texts: (string | null | undefined)[]): Promise<string[]> {
    const parts = (await this.analysis.get()).partsText(foldedText(texts));
    return parts ? parts.split(' ') : [];
  }

  private async profileDocument(doc: ProfileSearchDocument): Promise<MeiliProfile> {
    const labels = doc.skills.flatMap((s) => [s.labelEn, s.labelNl]);
    return toMeiliProfile(doc, await this.compounds([doc.headline, ...labels]));
  }

  private async assignmentDocument(doc: AssignmentSearchDocument): Promise<MeiliAssignment> {
    const labels = doc.skills.flatMap((s) => [s.labelEn, s.labelNl]);
    return toMeiliAssignment(doc, await this.compounds([doc.title, doc.description, ...labels]));
  }

  /** Compounds in the query become their parts, mistyped ones too (projectmanagment). */
  private async queryText<Q extends { text?: string }>(query: Q): Promise<Q> {
    const words = queryWords(query.text);
    if (!words.length) return query;
    return { ...query, text: (await this.analysis.get()).rewriteQuery(words) };
  }

  private uid(kind: MeiliIndexKind): string {
    return indexUid(this.options.indexPrefix, kind);
  }

  private index<T extends Record<string, unknown>>(kind: MeiliIndexKind): Index<T> {
    return this.client.index<T>(this.uid(kind));
  }

  async ping(): Promise<void> {
    await this.call('health check', () => this.client.health());
  }

  /** Creates the indexes when missing and applies the settings; runs once per process. */
  prepare(): Promise<void> {
    this.prepared ??= this.applySettings().catch((err: unknown) => {
      this.prepared = undefined; // try again next time
      throw err;
    });
    return this.prepared;
  }

  private async settingsFor(kind: MeiliIndexKind): Promise<Settings> {
    const synonyms = withPhraseSynonyms(
      synonymsFromTaxonomy(await this.options.loadSynonyms()),
      (await this.analysis.get()).synonymGroups,
    );
    return kind === 'profiles' ? profileIndexSettings(synonyms) : assignmentIndexSettings(synonyms);
  }

  private async applySettings(): Promise<void> {
    await this.checkKey();
    for (const kind of ['profiles', 'assignments'] as const) {
      await this.ensureIndex(this.uid(kind));
      await this.waitOk(this.index(kind).updateSettings(await this.settingsFor(kind)), 'settings');
    }
  }

  /**
   * The application must not hold a key that can manage keys (docs/reliability.md#g1). Throws
   * MeiliKeyRefusedError for such a key in production; warns elsewhere.
   */
  async checkKey(): Promise<void> {
    let capability;
    try {
      capability = await meiliKeyCapability(this.client);
    } catch (err) {
      throw this.unavailable('key check', err);
    }
    const verdict = meiliKeyVerdict(capability, this.options.production ?? false);
    if (verdict === 'refuse') throw new MeiliKeyRefusedError();
    if (verdict === 'warn') {
      this.logger.warn(
        'The configured Meilisearch key can list keys: use a key limited to search and documents',
      );
    }
  }

  private async ensureIndex(uid: string): Promise<void> {
    const task = await this.awaitTask(
      this.client.createIndex(uid, { primaryKey: 'id' }),
      'create index',
    );
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') {
      throw new Error(`Meilisearch could not create ${uid}: ${task.error?.message ?? task.status}`);
    }
  }

  async upsertProfiles(docs: ProfileSearchDocument[]): Promise<void> {
    if (!docs.length) return;
    await this.prepare();
    const fresh = await this.newerThanIndexed(
      'profiles',
      await Promise.all(docs.map((d) => this.profileDocument(d))),
    );
    if (!fresh.length) return;
    await this.waitOk(
      this.index<MeiliProfile & Record<string, unknown>>('profiles').addDocuments(
        fresh as (MeiliProfile & Record<string, unknown>)[],
        { primaryKey: 'id' },
      ),
      'upsert profiles',
    );
  }

  /** Drops documents older than what the index holds: a late job never undoes a newer one. */
  private async newerThanIndexed<M extends { id: string; version: number }>(
    kind: MeiliIndexKind,
    docs: M[],
  ): Promise<M[]> {
    const indexed = await this.call('read versions', () =>
      this.index(kind).getDocuments({
        ids: docs.map((d) => d.id),
        fields: ['id', 'version'],
        limit: docs.length,
      }),
    );
    const versions = new Map(indexed.results.map((d) => [String(d.id), Number(d.version)]));
    return docs.filter((d) => (versions.get(d.id) ?? -1) <= d.version);
  }

  async deleteProfiles(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.prepare();
    await this.waitOk(this.index('profiles').deleteDocuments(ids), 'delete profiles');
  }

  async upsertAssignments(docs: AssignmentSearchDocument[]): Promise<void> {
    if (!docs.length) return;
    await this.prepare();
    const fresh = await this.newerThanIndexed(
      'assignments',
      await Promise.all(docs.map((d) => this.assignmentDocument(d))),
    );
    if (!fresh.length) return;
    await this.waitOk(
      this.index<MeiliAssignment & Record<string, unknown>>('assignments').addDocuments(
        fresh as (MeiliAssignment & Record<string, unknown>)[],
        { primaryKey: 'id' },
      ),
      'upsert assignments',
    );
  }

  async deleteAssignments(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.prepare();
    await this.waitOk(this.index('assignments').deleteDocuments(ids), 'delete assignments');
  }

  rebuildProfiles(batches: DocumentBatches<ProfileSearchDocument>): Promise<RebuildResult> {
    return this.rebuild('profiles', batches, (d) => this.profileDocument(d));
  }

  rebuildAssignments(batches: DocumentBatches<AssignmentSearchDocument>): Promise<RebuildResult> {
    return this.rebuild('assignments', batches, (d) => this.assignmentDocument(d));
  }

  /** Index-then-swap: a fresh index is filled and swapped in; searches see the old one meanwhile. */
  private async rebuild<D, M extends object>(
    kind: MeiliIndexKind,
    batches: DocumentBatches<D>,
    map: (doc: D) => Promise<M>,
  ): Promise<RebuildResult> {
    const started = performance.now();
    await this.prepare();
    const live = this.uid(kind);
    const next = `${live}_rebuild`;
    await this.waitOk(this.client.deleteIndex(next), 'drop stale rebuild index', [
      'index_not_found',
    ]);
    await this.ensureIndex(next);
    const target = this.client.index(next);
    await this.waitOk(target.updateSettings(await this.settingsFor(kind)), 'rebuild settings');
    let documents = 0;
    for await (const batch of batches) {
      if (!batch.length) continue;
      const docs = await Promise.all(batch.map(map));
      await this.waitOk(target.addDocuments(docs, { primaryKey: 'id' }), 'rebuild batch');
      documents += batch.length;
    }
    await this.waitOk(this.client.swapIndexes([{ indexes: [live, next], rename: false }]), 'swap');
    await this.waitOk(this.client.deleteIndex(next), 'drop old index', ['index_not_found']);
    return { documents, durationMs: Math.round(performance.now() - started) };
  }

  async searchProfiles(query: ProfileQuery): Promise<SearchHits> {
    return this.search('profiles', profileSearchRequest(await this.queryText(query)));
  }

  async searchAssignments(query: AssignmentQuery): Promise<SearchHits> {
    return this.search('assignments', assignmentSearchRequest(await this.queryText(query)));
  }

  /** One multi-search with a query per skill (each sorted by its strength), merged here. */
  async candidates(query: CandidateQuery): Promise<string[]> {
    const requests = candidateRequests(query);
    if (!requests.length) return [];
    const indexUid = this.uid('profiles');
    const response = await this.call('candidate search', () =>
      this.client.multiSearch({ queries: requests.map((r) => ({ indexUid, ...r.search })) }),
    );
    return mergeCandidates(requests, response.results, query.limit);
  }

  private async search(kind: MeiliIndexKind, request: MeiliSearchRequest): Promise<SearchHits> {
    const result = await this.call('search', () =>
      this.index(kind).search(request.q, {
        filter: request.filter,
        offset: request.offset,
        limit: request.limit,
        attributesToRetrieve: ['id'],
      }),
    );
    return {
      ids: result.hits.map((hit) => String(hit.id)),
      total: result.estimatedTotalHits ?? result.hits.length,
    };
  }

  async indexedVersions(kind: 'profiles' | 'assignments'): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    const page = 1000;
    for (let offset = 0; offset < 10_000_000; offset += page) {
      const result = await this.call('list documents', () =>
        this.index(kind).getDocuments({ fields: ['id', 'version'], limit: page, offset }),
      );
      for (const doc of result.results) versions.set(String(doc.id), Number(doc.version));
      if (result.results.length < page) break;
    }
    return versions;
  }

  async *listDocumentIds(
    kind: 'profiles' | 'assignments',
    pageSize = 1000,
  ): AsyncIterable<string[]> {
    await this.prepare();
    // Offsets over a changing index can skip or repeat an id; a skipped one is found next run.
    for (let offset = 0; ; offset += pageSize) {
      const result = await this.call('list document ids', () =>
        this.index(kind).getDocuments({ fields: ['id'], limit: pageSize, offset }),
      );
      if (result.results.length) yield result.results.map((d) => String(d.id));
      if (result.results.length < pageSize) return;
    }
  }

  /** Waits for the task; a failed or cancelled task throws with Meilisearch's own reason. */
  private async waitOk(
    enqueued: EnqueuedTaskPromise,
    what: string,
    tolerated: string[] = [],
  ): Promise<Task> {
    const task = await this.awaitTask(enqueued, what);
    if (task.status !== 'succeeded' && !tolerated.includes(task.error?.code ?? '')) {
      throw new Error(
        `Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.message ?? 'no reason given'}`,
      );
    }
    return task;
  }

  private async awaitTask(enqueued: EnqueuedTaskPromise, what: string): Promise<Task> {
    return this.call(what, () => enqueued.waitTask({ timeout: this.taskTimeoutMs, interval: 50 }));
  }

  /** Network failures and timeouts become SearchUnavailableError (503); API errors stay as they are. */
  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof MeiliSearchRequestError || err instanceof MeiliSearchRequestTimeOutError) {
        throw this.unavailable(what, err);
      }
      throw err;
    }
  }

  private unavailable(what: string, err: unknown): SearchUnavailableError {
    return new SearchUnavailableError(`Meilisearch ${what} failed: ${(err as Error).message}`, {
      cause: err,
    });
  }
}
