/**
 * Creates (or finds, on later runs) the Meilisearch key the API and the worker use: limited to the
 * gilde_* indexes, with no power over keys. Run with the master key as MEILI_API_KEY; writes the
 * scoped key to the file named by --out (or prints it), never the master key.
 *   MEILI_API_KEY=<master key> node dist/scripts/meili-scoped-key.js --out /run/gilde/meili-key
 */
import { writeFileSync } from 'node:fs';
import { MeiliSearch } from 'meilisearch';
import { loadConfig } from '@gilde/kernel';
import { SCOPED_KEY_ACTIONS, ensureScopedKey, meiliKeyCapability } from '@gilde/search';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.search.meiliUrl) throw new Error('MEILI_URL is not set.');
  const out = process.argv.includes('--out')
    ? process.argv[process.argv.indexOf('--out') + 1]
    : undefined;
  const master = new MeiliSearch({
    host: config.search.meiliUrl,
    apiKey: config.search.meiliApiKey,
  });
  if ((await meiliKeyCapability(master)) !== 'manages-keys') {
    throw new Error(
      'MEILI_API_KEY must be the master key (or an admin key) to create the scoped key.',
    );
  }
  const key = await ensureScopedKey(master, 'gilde');
  if (out) {
    writeFileSync(out, key.key, { mode: 0o600 });
    console.log(
      `Scoped Meilisearch key ${key.uid} (${SCOPED_KEY_ACTIONS.join(', ')} on gilde_*) written to ${out}`,
    );
  } else {
    console.log(key.key);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
