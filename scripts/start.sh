#!/usr/bin/env bash
# One command to run Gilde with demo data: services, database, migrations, build, API and worker.
source "$(dirname "$0")/lib.sh"
load_env
export NODE_ENV="${NODE_ENV:-development}"
export DATABASE_URL="${DATABASE_URL:-postgres://$PGUSER@$PGHOST:$PGPORT/gilde}"
# The demo platform admin (admin@gilde-demo.nl, seeded and granted below) verifies credentials
# in the demo; an admin needs both the grant and this list.
export PLATFORM_ADMIN_EMAILS="${PLATFORM_ADMIN_EMAILS:-admin@gilde-demo.nl}"
ensure_node_modules
ensure_postgres
ensure_redis
ensure_database "$(basename "${DATABASE_URL%%\?*}")"
bash scripts/build.sh
log "Migrating the database"
node dist/libs/kernel/src/database/cli/run-migrations.js
log "Importing the ESCO taxonomy (when empty)"
node dist/scripts/taxonomy-import.js --if-empty
# Seeds the demo world once and prints the URL and the demo accounts (quietly: SEED_LOG_LEVEL=info shows its requests).
LOG_LEVEL="${SEED_LOG_LEVEL:-warn}" node dist/scripts/prepare-demo.js

node dist/apps/worker/src/main.js &
worker=$!
node dist/apps/api/src/main.js &
api=$!
trap 'kill -TERM $api $worker 2>/dev/null; wait $api $worker 2>/dev/null' INT TERM EXIT
wait -n $api $worker
