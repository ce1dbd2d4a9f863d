#!/usr/bin/env bash
# Generates a migration from the difference between the entities and the migrated database.
# Usage: npm run migration:generate -- AddSomething
source "$(dirname "$0")/lib.sh"
load_env
name="${1:?usage: npm run migration:generate -- MigrationName}"
export DATABASE_URL="${DATABASE_URL:-postgres://$PGUSER@$PGHOST:$PGPORT/gilde}"
ensure_postgres
ensure_database "$(basename "${DATABASE_URL%%\?*}")"
run_ts libs/kernel/src/database/cli/run-migrations.ts
TS_NODE_TRANSPILE_ONLY=1 node -r ts-node/register -r tsconfig-paths/register node_modules/typeorm/cli.js \
  migration:generate -p -d libs/kernel/src/database/cli/data-source.ts "libs/kernel/src/database/migrations/$name"
echo "Now add the new class to libs/kernel/src/database/migrations/index.ts"
