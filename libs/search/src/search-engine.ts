import type { EntityManager } from 'typeorm';
import type { AssignmentSearchDocument, IsoDate, ProfileSearchDocument } from './search-documents';

/** The engine in use, injected by this token. */
export const SEARCH_ENGINE = Symbol('gilde:search-engine');

export type SearchEngineName = 'postgres' | 'meilisearch';

export interface Paging {
  offset: number;
  limit: number;
}

export interface ProfileQuery extends Paging {
  /** Free text: typo-tolerant on words of five letters or more, synonyms through the taxonomy. */
  text?: string;
  /** Canonical skills the profile must all have. */
  skillIds?: string[];
  /** Any of these sectors. */
  sectors?: string[];
  /** Any of these kinds of assignment. */
  assignmentKinds?: string[];
  /** All of these languages. */
  languages?: string[];
  /** Available on or before this date. */
  availableBy?: IsoDate;
  /** Still available on or after this date (the end of the availability window). */
  availableUntil?: IsoDate;
  /** The interim's remote preference is one of these. */
  remotePreferences?: string[];
  /** Minimum day rate at most this (applied on the rate band; re-checked on hydration). */
  maxDayRate?: number;
  /** Holds a verified credential of this type. */
  credential?: string;
}

export interface AssignmentQuery extends Paging {
  text?: string;
  skillIds?: string[];
  sectors?: string[];
  assignmentKinds?: string[];
  languages?: string[];
  /** Remote share of at least this (0-100). */
  minRemoteShare?: number;
  /** Remote share of at most this (0-100). */
  maxRemoteShare?: number;
  startAfter?: IsoDate;
  startBefore?: IsoDate;
  /** Budget at least this. */
  minDayRate?: number;
}

export interface SearchHits {
  /** Ids, most relevant first. */
  ids: string[];
  /** Hits in total (engines may cap the count for very broad queries). */
  total: number;
}

export interface CandidateQuery {
  /** The assignment's skills (and related skills at lower weight). */
  skills: { skillId: string; weight: number }[];
  /** Skills every candidate must have (must-haves with a canonical id). */
  requiredSkillIds: string[];
  /** How many candidates each skill may contribute before re-ranking. */
  perSkillCap: number;
  /** How many candidates go to re-ranking. */
  limit: number;
}

export interface WriteOptions {
  /** The PostgreSQL engine writes through this transaction when given; others ignore it. */
  manager?: EntityManager;
}

export interface RebuildResult {
  documents: number;
  durationMs: number;
}

export type DocumentBatches<T> = AsyncIterable<T[]>;

/**
 * The search port. Every engine indexes the same documents and answers the same queries; the
 * contract suite (test/integration/search-engine.contract.spec.ts) holds them to it.
 * Engines return ids only: callers re-hydrate from PostgreSQL with their own scope.
 */
export interface SearchEngine {
  readonly name: SearchEngineName;
  /** Applies settings (Meilisearch) and checks the engine answers. Idempotent. */
  prepare(): Promise<void>;
  /** Throws SearchUnavailableError when the engine cannot be reached. */
  ping(): Promise<void>;

  upsertProfiles(docs: ProfileSearchDocument[], options?: WriteOptions): Promise<void>;
  deleteProfiles(interimIds: string[], options?: WriteOptions): Promise<void>;
  upsertAssignments(docs: AssignmentSearchDocument[], options?: WriteOptions): Promise<void>;
  deleteAssignments(assignmentIds: string[], options?: WriteOptions): Promise<void>;

  /** Replaces the whole profile index with these documents; searches keep working meanwhile. */
  rebuildProfiles(batches: DocumentBatches<ProfileSearchDocument>): Promise<RebuildResult>;
  rebuildAssignments(batches: DocumentBatches<AssignmentSearchDocument>): Promise<RebuildResult>;

  searchProfiles(query: ProfileQuery): Promise<SearchHits>;
  searchAssignments(query: AssignmentQuery): Promise<SearchHits>;

  /** Retrieval for matching: interims holding the skills, strongest first, capped per skill. */
  candidates(query: CandidateQuery): Promise<string[]>;

  /** The (id, version) pairs in the index, for drift checks and tests. */
  indexedVersions(kind: 'profiles' | 'assignments'): Promise<Map<string, number>>;

  /**
   * Every document id in the index, in pages of at most `pageSize`, for the reconciler that
   * removes what PostgreSQL no longer has. Ids only: the reconciler re-reads the truth.
   */
  listDocumentIds(kind: 'profiles' | 'assignments', pageSize?: number): AsyncIterable<string[]>;
}

/** The engine cannot be reached or failed; the API answers 503 and writes still commit. */
export class SearchUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
  }
}
