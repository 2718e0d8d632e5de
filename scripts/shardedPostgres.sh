#!/usr/bin/env bash
# A sharded PostgreSQL on this machine, for `workbench refresh --engine` and its tests (issue 16, docs/scale.md):
# one coordinator and N shard clusters of Debian's PostgreSQL (initdb / pg_ctl), each its own server process.
#
#   scripts/shardedPostgres.sh start   # create (first time) and start; prints the coordinator's URL
#   scripts/shardedPostgres.sh stop    # stop all of them (the data stay)
#   scripts/shardedPostgres.sh status  # one line per cluster
#   scripts/shardedPostgres.sh url     # the coordinator's URL (export it as WORKBENCH_SHARDED_URL)
#   scripts/shardedPostgres.sh destroy # stop and delete the data
#
# Environment: WORKBENCH_SHARDS_DIR (default /tmp/workbench-shards), WORKBENCH_SHARDS (shard count, default 2),
# WORKBENCH_SHARDS_PORT (the coordinator's port, default 5441; shard k listens on port + k).
#
# Every cluster has a login role `workbench` (password `workbench`) owning a database `workbench`. On the coordinator
# the superuser installs postgres_fdw, lets `workbench` use it, and declares one foreign server per shard
# (`shard_1`, `shard_2`, ...; `async_capable`, so the shards' scans run concurrently) with a user mapping for
# `workbench`. Tables are created by `workbench shard-load`, not here. The shards load pg_stat_statements.
# The clusters are scratch data for tests and benchmarks: fsync and full-page writes are off.
# initdb refuses to run as root, so as root every server command runs as the `postgres` user.
set -euo pipefail

BASE=${WORKBENCH_SHARDS_DIR:-/tmp/workbench-shards}
SHARDS=${WORKBENCH_SHARDS:-2}
PORT=${WORKBENCH_SHARDS_PORT:-5441}
BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
ROLE=workbench
PASSWORD=workbench

if [ ! -x "$BIN/initdb" ]; then
  echo "shardedPostgres: no PostgreSQL server binaries (looked for /usr/lib/postgresql/*/bin/initdb; set PG_BIN)" >&2
  exit 2
fi
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); else as_pg=(); fi

clusters() { # name port, one line per cluster: the coordinator first
  echo "coordinator $PORT"
  for k in $(seq 1 "$SHARDS"); do echo "shard_$k $((PORT + k))"; done
}

psql_su() { # port database sql...: as the superuser, over the clusters' own socket directory
  local port=$1 db=$2
  shift 2
  PGOPTIONS="-c client_min_messages=warning" "${as_pg[@]}" "$BIN/psql" -h "$BASE" -p "$port" -d "$db" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

create_cluster() { # name port
  local dir=$BASE/$1
  "${as_pg[@]}" "$BIN/initdb" -D "$dir" -U postgres --auth-local=peer --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$BASE/$1.initdb.log"
  local preload=""
  [ "$1" != coordinator ] && preload="shared_preload_libraries = 'pg_stat_statements'"
  cat >>"$dir/postgresql.conf" <<EOF
# scripts/shardedPostgres.sh
port = $2
listen_addresses = '127.0.0.1'
unix_socket_directories = '$BASE'
max_connections = 40
shared_buffers = 256MB
work_mem = 64MB
maintenance_work_mem = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
max_wal_size = 4GB
log_min_messages = warning
TimeZone = 'UTC'
$preload
EOF
}

start() {
  mkdir -p "$BASE"
  [ "$(id -u)" = 0 ] && chown postgres: "$BASE"
  while read -r name port; do
    [ -f "$BASE/$name/PG_VERSION" ] || create_cluster "$name" "$port"
    if ! "${as_pg[@]}" "$BIN/pg_ctl" -D "$BASE/$name" status >/dev/null 2>&1; then
      "${as_pg[@]}" "$BIN/pg_ctl" -D "$BASE/$name" -l "$BASE/$name.log" -w -t 60 start >/dev/null
    fi
    if [ "$(psql_su "$port" postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
      psql_su "$port" postgres -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
    fi
    if [ "$(psql_su "$port" postgres -c "SELECT 1 FROM pg_database WHERE datname = '$ROLE'")" != 1 ]; then
      psql_su "$port" postgres -c "CREATE DATABASE $ROLE OWNER $ROLE"
    fi
    if [ "$name" != coordinator ]; then
      psql_su "$port" "$ROLE" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
    fi
  done < <(clusters)
  psql_su "$PORT" "$ROLE" -c "CREATE EXTENSION IF NOT EXISTS postgres_fdw" \
    -c "GRANT USAGE ON FOREIGN DATA WRAPPER postgres_fdw TO $ROLE"
  for k in $(seq 1 "$SHARDS"); do
    if [ "$(psql_su "$PORT" "$ROLE" -c "SELECT 1 FROM pg_foreign_server WHERE srvname = 'shard_$k'")" != 1 ]; then
      psql_su "$PORT" "$ROLE" \
        -c "CREATE SERVER shard_$k FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '$((PORT + k))',
              dbname '$ROLE', async_capable 'true', fetch_size '10000')" \
        -c "ALTER SERVER shard_$k OWNER TO $ROLE" \
        -c "CREATE USER MAPPING FOR $ROLE SERVER shard_$k OPTIONS (user '$ROLE', password '$PASSWORD')"
    fi
  done
  url
}

stop() {
  while read -r name _; do
    if [ -f "$BASE/$name/PG_VERSION" ]; then
      "${as_pg[@]}" "$BIN/pg_ctl" -D "$BASE/$name" -w -m fast stop >/dev/null 2>&1 || true
    fi
  done < <(clusters)
}

status() {
  while read -r name port; do
    if "${as_pg[@]}" "$BIN/pg_ctl" -D "$BASE/$name" status >/dev/null 2>&1; then state=running; else state=stopped; fi
    echo "$name 127.0.0.1:$port $state $BASE/$name"
  done < <(clusters)
}

url() { echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$ROLE"; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) url ;;
  destroy)
    stop
    rm -rf "$BASE"
    ;;
  *)
    echo "usage: $0 start|stop|status|url|destroy" >&2
    exit 2
    ;;
esac
