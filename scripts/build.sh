#!/usr/bin/env bash
# Compiles the API, the worker and the scripts to dist/ (path aliases rewritten), and the web UI if present.
source "$(dirname "$0")/lib.sh"
ensure_node_modules
log "Compiling TypeScript"
rm -rf dist
npx tsc -p tsconfig.build.json
npx tsc-alias -p tsconfig.build.json
if [ -f apps/web/package.json ] || [ -f apps/web/vite.config.mts ]; then
  log "Building the web UI"
  npm run --silent web:build
fi
