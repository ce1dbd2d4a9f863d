import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sql } from '@gilde/kernel';
import { Vocabulary } from './vocabulary';

/** The vocabulary changes only when the taxonomy is imported again; re-read it now and then. */
const REFRESH_MS = 5 * 60_000;

/**
 * The words of every skill label, held in memory: autocomplete checks each typed word against
 * it and corrects typos without a database round trip. Loaded on first use, refreshed every few
 * minutes; an empty table (taxonomy not imported yet) is never kept.
 */
@Injectable()
export class SkillVocabularyService {
  private current: { vocabulary: Vocabulary; loadedAt: number } | null = null;
  private loading: Promise<Vocabulary> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async get(): Promise<Vocabulary> {
    if (this.current && Date.now() - this.current.loadedAt < REFRESH_MS) {
      return this.current.vocabulary;
    }
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<Vocabulary> {
    const rows = await sql(this.dataSource)
      .selectFrom('skillWords')
      .select(['word', 'frequency'])
      .execute();
    const vocabulary = new Vocabulary(rows);
    this.current = vocabulary.size > 0 ? { vocabulary, loadedAt: Date.now() } : null;
    return vocabulary;
  }
}
