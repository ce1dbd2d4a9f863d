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
  tune_postgres
}

pg_local() { case "$PGHOST" in 127.0.0.1 | localhost | ::1 | /*) return 0 ;; *) return 1 ;; esac; }

# The settings the benchmarks' figures were measured with (README, "PostgreSQL settings"), sized
# from this machine's memory. Printed by every bench; GILDE_PG_SETTINGS=off leaves the server as is.
pg_wanted_settings() {
  local ram_mb shared_mb
  ram_mb=$(($(awk '/^MemTotal:/ {print $2}' /proc/meminfo) / 1024))
  shared_mb=$((ram_mb / 4))
  [ "$shared_mb" -gt 2048 ] && shared_mb=2048
  [ "$shared_mb" -lt 128 ] && shared_mb=128
  cat <<SETTINGS
shared_buffers=${shared_mb}MB
effective_cache_size=$((ram_mb / 2))MB
work_mem=32MB
maintenance_work_mem=256MB
jit=off
random_page_cost=1.1
effective_io_concurrency=200
SETTINGS
}

pg_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

# Applies pg_wanted_settings with ALTER SYSTEM on a local server we administer, once: a setting that
# already has its value is left alone. shared_buffers only takes effect on a restart, which happens
# here only when nobody else is connected (a fresh machine, CI); otherwise it is announced.
tune_postgres() {
  [ "${GILDE_PG_SETTINGS:-on}" = "off" ] && return 0
  pg_local || return 0
  [ "$(id -u)" = "0" ] || [ "$(id -un)" = "postgres" ] || return 0
  [ "$(pg_admin -c 'select rolsuper from pg_roles where rolname = current_user' 2>/dev/null)" = "t" ] || return 0
  local line name value current changed=()
  while IFS='=' read -r name value; do
    # What the configuration files say now (ALTER SYSTEM's file wins), else the running value.
    current="$(pg_admin -c "select coalesce((select setting from pg_file_settings where name = '$name' order by seqno desc limit 1), current_setting('$name'))")"
    if [[ "$value" =~ ^[0-9]+(kB|MB|GB)$ ]]; then
      [ "$(pg_admin -c "select pg_size_bytes('$current') = pg_size_bytes('$value')")" = "t" ] && continue
    else
      [ "$current" = "$value" ] && continue
    fi
    pg_admin -c "ALTER SYSTEM SET $name = '$value'"
    changed+=("$name=$value (was $current)")
  done < <(pg_wanted_settings)
  if [ "${#changed[@]}" -gt 0 ]; then
    pg_admin -c 'select pg_reload_conf()' >/dev/null
    for line in "${changed[@]}"; do log "PostgreSQL setting applied: $line"; done
  fi
  # Also a restart put off by an earlier run (clients were connected then).
  restart_postgres_if_pending "${#changed[@]}"
}

restart_postgres_if_pending() {
  local pending others cluster tries=1
  # pending_restart is set once a reload has been processed: after one, give it a moment.
  [ "$1" -gt 0 ] && tries=10
  for _ in $(seq 1 "$tries"); do
    pending="$(pg_admin -c 'select string_agg(name, $$, $$) from pg_settings where pending_restart')"
    [ -n "$pending" ] && break
    [ "$tries" -gt 1 ] && sleep 0.2
  done
  [ -z "$pending" ] && return 0
  others="$(pg_admin -c "select count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()")"
  cluster="$(pg_lsclusters -h 2>/dev/null | awk -v port="$PGPORT" '$3 == port { print $1 " " $2 }' | head -n1 || true)"
  if [ "$others" != "0" ] || [ -z "$cluster" ]; then
    log "PostgreSQL needs a restart for $pending (not now: other clients are connected or the cluster is not Debian's)"
    return 0
  fi
  log "Restarting PostgreSQL $cluster for $pending"
  # shellcheck disable=SC2086
  pg_ctlcluster --skip-systemctl-redirect $cluster restart
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  pg_ready || { log "PostgreSQL did not come back on $PGHOST:$PGPORT"; exit 1; }
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
