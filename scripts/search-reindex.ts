/**
 * Rebuilds the search index (profiles and published assignments) from PostgreSQL, on the engine
 * SEARCH_ENGINE names. Searches keep working meanwhile: PostgreSQL upserts then sweeps, Meilisearch
 * fills a new index and swaps it in.
 *   npm run search:reindex
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AssignmentsReader } from '@gilde/assignments';
import { UserDirectory } from '@gilde/identity';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import { ProfilesReader } from '@gilde/profiles';
import { SearchDocumentSource, SearchIndexerService, createSearchEngine } from '@gilde/search';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = new DataSource(
    buildDataSourceOptions(config, { applicationName: 'gilde-search-reindex', poolMax: 4 }),
  );
  await dataSource.initialize();
  try {
    const engine = createSearchEngine(config, dataSource);
    const source = new SearchDocumentSource(
      dataSource,
      new ProfilesReader(dataSource, new UserDirectory(dataSource)),
      new AssignmentsReader(dataSource, new UserDirectory(dataSource)),
    );
    const { profiles, assignments } = await new SearchIndexerService(
      engine,
      source,
      dataSource,
    ).rebuild();
    const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n * 1000) / ms) : n);
    console.log(
      `Search index (${engine.name}) rebuilt: ${profiles.documents} profiles in ${profiles.durationMs} ms ` +
        `(${rate(profiles.documents, profiles.durationMs)}/s), ${assignments.documents} published assignments ` +
        `in ${assignments.durationMs} ms.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
