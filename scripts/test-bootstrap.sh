#!/usr/bin/env bash
# Prepares the test database before jest: migrations, then the ESCO taxonomy when it is empty.
# Called by scripts/test.sh; safe to run again (both steps do nothing the second time).
source "$(dirname "$0")/lib.sh"
load_env
export DATABASE_URL="${TEST_DATABASE_URL:-postgres://$PGUSER@$PGHOST:$PGPORT/gilde_test}"
export NODE_ENV=test
log "Migrating the test database"
run_ts libs/kernel/src/database/cli/run-migrations.ts
log "Importing the ESCO taxonomy into the test database (when empty)"
run_ts scripts/taxonomy-import.ts --if-empty
# The browser tests drive Debian's Chromium; Inter makes their screenshots match the design.
if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi
if ! fc-list 2>/dev/null | grep -qi 'Inter'; then
  ( apt_install fonts-inter ) || log "fonts-inter not installed; screenshots use the fallback font"
fi
log "Building the web UI for the browser tests"
npm run --silent web:build
