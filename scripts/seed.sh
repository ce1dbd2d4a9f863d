#!/usr/bin/env bash
# npm run seed [-- --reset] [--interims=N]: the demo world in the development database
# (migrated first). --reset deletes exactly the demo data and seeds it again.
source "$(dirname "$0")/lib.sh"
load_env
export NODE_ENV="${NODE_ENV:-development}"
export DATABASE_URL="${DATABASE_URL:-postgres://$PGUSER@$PGHOST:$PGPORT/gilde}"
# The demo platform admin (granted by the seed) verifies the demo credentials; an admin needs
# both the grant and this list, and npm start sets the same default.
export PLATFORM_ADMIN_EMAILS="${PLATFORM_ADMIN_EMAILS:-admin@gilde-demo.nl}"
ensure_node_modules
ensure_postgres
ensure_redis
ensure_database "$(basename "${DATABASE_URL%%\?*}")"
run_ts libs/kernel/src/database/cli/run-migrations.ts
# The in-process API would log every seeding request; SEED_LOG_LEVEL=info shows them.
LOG_LEVEL="${SEED_LOG_LEVEL:-warn}" run_ts scripts/seed.ts "$@"
