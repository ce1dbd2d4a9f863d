#!/usr/bin/env bash
# Regenerates libs/kernel/src/database/db-schema.ts, the row types of typed SQL, from a scratch
# database migrated from scratch (so nothing but the migrations shapes it).
# Usage: npm run db:types
source "$(dirname "$0")/lib.sh"
load_env
ensure_node_modules
ensure_postgres
scratch="gilde_db_types_$$"
trap 'psql -h "$PGHOST" -U "$PGUSER" -d postgres -qc "DROP DATABASE IF EXISTS \"$scratch\" WITH (FORCE)" >/dev/null' EXIT
ensure_database "$scratch"
export DATABASE_URL="postgres://$PGUSER@$PGHOST:$PGPORT/$scratch"
run_ts libs/kernel/src/database/cli/run-migrations.ts >/dev/null
npx kysely-codegen --dialect postgres --camel-case --exclude-pattern schema_migrations \
  --url "$DATABASE_URL" --out-file libs/kernel/src/database/db-schema.ts --log-level error
log "Wrote libs/kernel/src/database/db-schema.ts"
