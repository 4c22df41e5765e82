#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1:55432 and print its URL.
# Installs Debian's server if it is missing. Safe to run twice.
set -euo pipefail
PGDIR=${PGDIR:-/tmp/peninsula-pg}
PORT=${PGPORT:-55432}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
RUN="env"
if [ "$(id -u)" = 0 ]; then
  RUN="runuser -u postgres --"
  mkdir -p "$PGDIR" && chown postgres "$PGDIR"
fi
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
  $RUN "$BIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
fi
if ! $RUN "$BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
  $RUN "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
    -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
