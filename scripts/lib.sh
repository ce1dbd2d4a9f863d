#!/usr/bin/env bash
# Shared helpers for the project's scripts: dependencies, PostgreSQL, Redis, environment.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '\033[1;34m[gilde]\033[0m %s\n' "$*" >&2; }

load_env() {
  # Values already in the environment win over .env, which wins over the defaults below.
  if [ -f .env ]; then
    set -a
    # shellcheck disable=SC1091
    . ./.env
    set +a
  fi
  export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
  export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
  export JWT_SECRET="${JWT_SECRET:-dev-only-secret-change-me-0123456789abcdef}"
}

ensure_node_modules() {
  local stamp="node_modules/.package-lock.stamp"
  if [ ! -d node_modules ] || [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    log "Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json "$stamp"
  fi
}

apt_install() {
  if [ "$(id -u)" != "0" ]; then
    log "Please install: $* (needs root)"; exit 1
  fi
  log "Installing $* from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

pg_ready() { pg_isready -h "$PGHOST" -p "$PGPORT" -q 2>/dev/null; }

ensure_postgres() {
  command -v pg_isready >/dev/null 2>&1 || apt_install postgresql postgresql-client
  if ! pg_ready; then
    if [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null 2>&1; then
      local version
      version="$(ls /etc/postgresql | sort -V | tail -n1)"
      log "Starting PostgreSQL $version"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    fi
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
    pg_ready || { log "PostgreSQL did not come up on $PGHOST:$PGPORT"; exit 1; }
  fi
  # Local clusters from Debian use peer auth for postgres; allow trust on loopback for development.
  if ! psql -h "$PGHOST" -U "$PGUSER" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    local hba
    hba="$(ls /etc/postgresql/*/main/pg_hba.conf 2>/dev/null | head -n1 || true)"
    if [ -n "$hba" ] && [ "$(id -u)" = "0" ]; then
      log "Allowing trust authentication on 127.0.0.1 for local development"
      sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
      su postgres -c "psql -Atc 'select pg_reload_conf()'" >/dev/null
    fi
  fi
}

ensure_database() {
  local db="$1"
  if ! psql -h "$PGHOST" -U "$PGUSER" -d postgres -Atc "select 1 from pg_database where datname='$db'" | grep -q 1; then
    log "Creating database $db"
    psql -h "$PGHOST" -U "$PGUSER" -d postgres -qc "CREATE DATABASE \"$db\"" 
  fi
  psql -h "$PGHOST" -U "$PGUSER" -d "$db" -qc 'SET client_min_messages=warning; CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;' >/dev/null
}

redis_ready() { redis-cli -u "$REDIS_URL" ping 2>/dev/null | grep -q PONG; }

ensure_redis() {
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  if ! redis_ready; then
    log "Starting Redis"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --appendonly yes --appendfsync everysec \
      --maxmemory-policy noeviction --dir /var/lib/redis --logfile /var/log/redis/gilde.log
    for _ in $(seq 1 20); do redis_ready && break; sleep 0.5; done
    redis_ready || { log "Redis did not come up at $REDIS_URL"; exit 1; }
  fi
  local policy
  policy="$(redis-cli -u "$REDIS_URL" config get maxmemory-policy 2>/dev/null | tail -n1 || true)"
  if [ -n "$policy" ] && [ "$policy" != "noeviction" ]; then
    log "Redis maxmemory-policy is $policy; setting noeviction (BullMQ needs it)"
    redis-cli -u "$REDIS_URL" config set maxmemory-policy noeviction >/dev/null
  fi
}

run_ts() {
  node -r ts-node/register/transpile-only -r tsconfig-paths/register "$@"
}
