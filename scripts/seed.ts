/**
 * The demo world: three client organisations with their hiring managers and procurement desks,
 * a few hundred interim managers built from ESCO, open assignments with matches, responses in
 * every state and a contract in each state.
 *   npm run seed                       seeds it unless it is already there
 *   npm run seed -- --reset            deletes exactly the demo data, then seeds again
 *   npm run seed -- --interims=1000    a bigger market
 */
import { parseInterims, runSeedCommand } from './seed/seed-command';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--reset' && !a.startsWith('--interims='));

if (unknown.length) {
  console.error(`Unknown argument ${unknown.join(' ')}; use --reset and/or --interims=N.`);
  process.exit(2);
}

runSeedCommand({ reset: args.includes('--reset'), interims: parseInterims(args) })
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
