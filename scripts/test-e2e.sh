#!/usr/bin/env bash
# Runs the integration and end-to-end test files matching the given jest patterns (all of them
# without one), with what they need: PostgreSQL and Redis up and the test template database.
#   npm run test:e2e -- test/e2e/auth            npm run test:e2e -- contracts -t "signs"
source "$(dirname "$0")/lib.sh"
load_env
ensure_node_modules
ensure_postgres
ensure_redis
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://$PGUSER@$PGHOST:$PGPORT/gilde_test}"
ensure_database "$(basename "${TEST_DATABASE_URL%%\?*}")"
if [ -f scripts/test-bootstrap.sh ]; then bash scripts/test-bootstrap.sh; fi
# Tests bring their own secret (test/support/test-env.ts), as in scripts/test.sh.
unset JWT_SECRET
# Only the server project: the web unit tests need none of this (npm run test:unit).
exec npx jest "$@" --selectProjects server
