/**
 * Run by `npm start` before the API and the worker: imports the ESCO taxonomy when it is
 * missing, seeds the demo world once (a second start leaves it as it is) and prints the URL and
 * the demo accounts. Never in production (NODE_ENV=production).
 */
import { runSeedCommand } from './seed/seed-command';

runSeedCommand({ reset: false, quietInProduction: true })
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
