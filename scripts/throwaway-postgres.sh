#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's postgresql, a cluster in a temporary
# folder run as the `postgres` user, reachable only on 127.0.0.1 with trust authentication.
#   eval "$(bash scripts/throwaway-postgres.sh start)"   # exports DATABASE_URL_TEST_PG and PG_THROWAWAY_DIR
#   bash scripts/throwaway-postgres.sh stop "$PG_THROWAWAY_DIR"
# Everything it says for a person goes to stderr; stdout carries only the exports.
set -euo pipefail

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

case "${1:-}" in
start)
  if [ -z "$(bin_dir)" ]; then
    if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
      echo "PostgreSQL ausente: instale com 'sudo apt-get install -y postgresql'." >&2
      exit 1
    fi
    echo "PostgreSQL ausente: instalando o pacote Debian 'postgresql' para os testes..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  BIN="$(bin_dir)"
  if [ "$(id -u)" = "0" ]; then as_owner() { runuser -u postgres -- "$@"; }; else as_owner() { "$@"; }; fi
  DIR="$(mktemp -d /tmp/painel-pg-XXXXXX)"
  [ "$(id -u)" = "0" ] && chown postgres "$DIR"
  PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Tests create and drop a database per server: durability is not needed, speed is.
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  echo "PostgreSQL de teste em 127.0.0.1:$PORT (pasta $DIR)" >&2
  echo "export DATABASE_URL_TEST_PG=postgres://postgres@127.0.0.1:$PORT/postgres"
  echo "export PG_THROWAWAY_DIR=$DIR"
  ;;
stop)
  DIR="${2:?informe a pasta do cluster}"
  BIN="$(bin_dir)"
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null || true
  else
    "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null || true
  fi
  rm -rf "$DIR"
  ;;
*)
  echo "uso: $0 start | stop PASTA" >&2
  exit 2
  ;;
esac
