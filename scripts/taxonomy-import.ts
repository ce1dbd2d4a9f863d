/**
 * Loads the ESCO skills and occupations (libs/taxonomy/data/esco) into the database.
 *   npm run taxonomy:import                 import or update; a second run changes nothing
 *   npm run taxonomy:import -- --if-empty   only when the skills table is empty (start, tests)
 *   npm run taxonomy:import -- --data-dir=/path/to/esco
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import { ensureTaxonomyImported, importTaxonomy, TaxonomyImportResult } from '@gilde/taxonomy';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ifEmpty = args.includes('--if-empty');
  const dataDir = args.find((arg) => arg.startsWith('--data-dir='))?.slice('--data-dir='.length);
  const dataSource = new DataSource(
    buildDataSourceOptions(loadConfig(), { applicationName: 'gilde-taxonomy-import', poolMax: 2 }),
  );
  await dataSource.initialize();
  try {
    const result: TaxonomyImportResult | null = ifEmpty
      ? await ensureTaxonomyImported(dataSource, { dataDir })
      : await importTaxonomy(dataSource, { dataDir });
    if (!result) {
      console.log('Taxonomy already imported; nothing to do.');
      return;
    }
    console.log(
      `ESCO taxonomy: ${result.skills} skills, ${result.labels} labels, ${result.occupations} occupations, ` +
        `${result.relations} occupation-skill relations; ${result.changedRows} rows changed in ${result.durationMs} ms.`,
    );
    console.log('This service uses the ESCO classification of the European Commission.');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
