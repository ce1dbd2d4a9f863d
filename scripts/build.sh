#!/usr/bin/env bash
# Compiles the API, the worker and the scripts to dist/ (path aliases rewritten), and the web UI.
source "$(dirname "$0")/lib.sh"
ensure_node_modules
log "Compiling TypeScript"
rm -rf dist
npx tsc -p tsconfig.build.json
npx tsc-alias -p tsconfig.build.json
log "Building the web UI"
npm run --silent web:build
