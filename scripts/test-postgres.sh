#!/usr/bin/env bash
# A private PostgreSQL server for the team-database tests: a fresh cluster in a temporary directory, owned by the
# postgres user, listening on a free loopback port only, trust authentication (nothing else can reach it).
#   eval "$(scripts/test-postgres.sh start)"   # exports CALLBRIDGE_TEST_PG=127.0.0.1:PORT and CALLBRIDGE_TEST_PG_DIR
#   scripts/test-postgres.sh stop              # stops it and removes the directory
set -euo pipefail
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
[ -x "$bin/initdb" ] || { echo "test-postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/callbridge-pg.XXXXXX)"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    as_postgres "'$bin/initdb' -D '$dir/data' -A trust -U postgres --no-sync -E UTF8 >'$dir/initdb.log' 2>&1"
    as_postgres "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
    echo "export CALLBRIDGE_TEST_PG=127.0.0.1:$port CALLBRIDGE_TEST_PG_DIR=$dir"
    ;;
  stop)
    dir="${CALLBRIDGE_TEST_PG_DIR:?set by start}"
    as_postgres "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    rm -rf "$dir"
    ;;
  *) sed -n 2,5p "$0"; exit 2 ;;
esac
