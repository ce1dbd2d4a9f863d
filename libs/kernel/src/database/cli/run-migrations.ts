import { loadConfig } from '../../config/app-config';
import { runMigrations } from '../migrate';

runMigrations(loadConfig())
  .then((applied) => {
    console.log(
      applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema is up to date.',
    );
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
