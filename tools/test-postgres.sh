#!/usr/bin/env bash
# Run the test suite against a throwaway PostgreSQL cluster: installs PostgreSQL from Debian when missing,
# starts it on a local port in a temporary folder (as the postgres user when run as root), runs pytest with
# BOUTIQUE_VIP_TEST_DATABASE_URL pointing at it, and stops and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is not installed: sudo apt-get install postgresql" >&2; exit 1
  fi
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${BOUTIQUE_VIP_PG_PORT:-55432}
DIR=$(mktemp -d /tmp/boutique-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; as_owner=(runuser -u postgres --); fi
"${as_owner[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
"${as_owner[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -s \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start
stop() { "${as_owner[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate -s stop || true; rm -rf "$DIR"; }
trap stop EXIT
export BOUTIQUE_VIP_TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
