import { Inject, Injectable, Logger, OnApplicationBootstrap, Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@gilde/kernel';
import { SkillLabels } from '@gilde/taxonomy';
import { taxonomyTextAnalysis } from './analysis/search-text-analysis';
import { MeiliKeyRefusedError } from './meilisearch/meili-key';
import { MeilisearchEngine } from './meilisearch/meilisearch.engine';
import type { SkillLabelGroup } from './meilisearch/meili-settings';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { SEARCH_ENGINE, SearchEngine } from './search-engine';

/** Every label of every skill, grouped per skill: the Meilisearch synonyms. */
export function loadSkillLabelGroups(dataSource: DataSource): Promise<SkillLabelGroup[]> {
  return new SkillLabels(dataSource).groups();
}

/**
 * The skills a free-text query names exactly, in any language (preferred label or synonym, any
 * case or accents): one index lookup on the taxonomy. Typos are corrected word by word on the
 * index's own word list, so the query never pays for a fuzzy scan here.
 */
export function taxonomySkillLookup(dataSource: DataSource) {
  const labels = new SkillLabels(dataSource);
  return (text: string): Promise<string[]> => labels.skillIdsNamed(text);
}

export function createSearchEngine(config: AppConfig, dataSource: DataSource): SearchEngine {
  const analysis = taxonomyTextAnalysis(dataSource);
  if (config.search.engine === 'meilisearch' && config.search.meiliUrl) {
    return new MeilisearchEngine({
      url: config.search.meiliUrl,
      apiKey: config.search.meiliApiKey,
      indexPrefix: 'gilde',
      production: config.isProduction,
      loadSynonyms: () => loadSkillLabelGroups(dataSource),
      analysis,
    });
  }
  return new PostgresSearchEngine(dataSource, {
    resolveSkills: taxonomySkillLookup(dataSource),
    analysis,
  });
}

export const searchEngineProvider: Provider = {
  provide: SEARCH_ENGINE,
  inject: [AppConfig, getDataSourceToken()],
  useFactory: createSearchEngine,
};

/**
 * Applies the engine's settings at start; an engine that is down is retried on first use. A
 * Meilisearch key that can manage keys stops the process in production (the mains exit 78).
 */
@Injectable()
export class SearchEnginePreparer implements OnApplicationBootstrap {
  private readonly logger = new Logger(SearchEnginePreparer.name);

  constructor(@Inject(SEARCH_ENGINE) private readonly engine: SearchEngine) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.engine instanceof MeilisearchEngine) {
      try {
        await this.engine.checkKey();
      } catch (err) {
        if (err instanceof MeiliKeyRefusedError) throw err;
        // Unreachable now: prepare() checks again before the first write or search.
      }
    }
    this.engine
      .prepare()
      .catch((err: Error) =>
        this.logger.warn(`Search engine ${this.engine.name} not ready yet: ${err.message}`),
      );
  }
}
