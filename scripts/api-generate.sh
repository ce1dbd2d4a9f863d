#!/usr/bin/env bash
# Regenerates the web UI's typed API client (apps/web/src/api/schema.d.ts) from the OpenAPI
# document of the API app, booted in-process (no port) against the development database.
source "$(dirname "$0")/lib.sh"
load_env
export DATABASE_URL="${DATABASE_URL:-postgres://$PGUSER@$PGHOST:$PGPORT/gilde}"
export LOG_LEVEL="${LOG_LEVEL:-silent}"
ensure_postgres
ensure_redis
ensure_database "$(basename "${DATABASE_URL%%\?*}")"
run_ts libs/kernel/src/database/cli/run-migrations.ts >/dev/null
run_ts scripts/openapi-client.ts
