#!/usr/bin/env bash
# Runs every check: lint, typecheck and all jest tests against real PostgreSQL and Redis.
# Ends with one line: "N passed, N failed".
source "$(dirname "$0")/lib.sh"
load_env
ensure_node_modules
ensure_postgres
ensure_redis
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://$PGUSER@$PGHOST:$PGPORT/gilde_test}"
ensure_database "$(basename "${TEST_DATABASE_URL%%\?*}")"
if [ -f scripts/test-bootstrap.sh ]; then bash scripts/test-bootstrap.sh; fi

passed=0; failed=0
check() {
  local name="$1"; shift
  log "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); log "$name FAILED"; fi
}
check "Lint" npx eslint --max-warnings=0 apps apps/web libs test
check "Typecheck" npx tsc -p tsconfig.json --noEmit
check "Web typecheck" npm run --silent web:typecheck

log "Tests"
# Tests bring their own secret (test/support/test-env.ts); the development default that
# load_env exports would make every production-mode boot in a test refuse to start.
unset JWT_SECRET
mkdir -p .tmp
rm -f .tmp/jest-results.json
set +e
npx jest --json --outputFile=.tmp/jest-results.json "$@"
jest_status=$?
set -e
if [ -f .tmp/jest-results.json ]; then
  read -r jp jf js < <(node -e "const r=require('./.tmp/jest-results.json');console.log(r.numPassedTests,r.numFailedTests+(r.numRuntimeErrorTestSuites||0),r.numPendingTests+r.numTodoTests)")
  passed=$((passed + jp)); failed=$((failed + jf))
else
  js=0; failed=$((failed + 1))
fi
[ "$jest_status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo
if [ "${js:-0}" -gt 0 ]; then echo "$passed passed, $failed failed, $js skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" -eq 0 ]
