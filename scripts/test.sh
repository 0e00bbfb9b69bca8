#!/usr/bin/env bash
# Install what the tests need, then run every test (and the linter).
# The API tests also run against a real PostgreSQL and a real redis-server:
# this script starts them (stopped again by pid on exit, only if it started them).
set -euo pipefail
cd "$(dirname "$0")/.."
VANBAN_EXTRA_APT="${VANBAN_EXTRA_APT:-} postgresql redis-server" bash scripts/setup.sh
.venv/bin/ruff check .

PG_PID="" REDIS_PID="" SERVICES_DIR="$(mktemp -d)"
cleanup() {
  if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null || true; fi
  if [ -n "$PG_PID" ]; then
    kill -INT "$PG_PID" 2>/dev/null || true   # fast shutdown of the server this script started
    for _ in $(seq 50); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$SERVICES_DIR"
}
trap cleanup EXIT
trap 'exit 143' INT TERM HUP   # so that a stopped run still stops its servers

# PostgreSQL: the Debian cluster, reached over TCP 127.0.0.1 with a password role
# (peer authentication over the socket fails for root).
if command -v pg_lsclusters >/dev/null 2>&1; then
  cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
  if [ -n "$cluster" ]; then
    read -r pg_ver pg_name <<<"$cluster"
    if ! pg_lsclusters -h | awk -v v="$pg_ver" -v n="$pg_name" '$1==v && $2==n {print $4}' | grep -q online; then
      if pg_ctlcluster "$pg_ver" "$pg_name" start; then
        PG_PID=$(head -1 "/var/lib/postgresql/$pg_ver/$pg_name/postmaster.pid" 2>/dev/null || true)
      fi
    fi
    pg_port=$(pg_lsclusters -h | awk -v v="$pg_ver" -v n="$pg_name" '$1==v && $2==n {print $3}')
    if su postgres -c "psql -q -p $pg_port -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='vanban') THEN CREATE ROLE vanban LOGIN CREATEDB PASSWORD 'vanban'; END IF; END\\\$\\\$;\"" >/dev/null 2>&1; then
      export VANBAN_TEST_PG_URL="postgresql+psycopg://vanban:vanban@127.0.0.1:$pg_port/postgres"
    else
      echo "test.sh: could not create the PostgreSQL test role; PostgreSQL tests will be skipped" >&2
    fi
  fi
fi

# Redis for the Celery tests, on a free loopback port.
if command -v redis-server >/dev/null 2>&1; then
  redis_port=$(.venv/bin/python -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no \
    --dir "$SERVICES_DIR" --pidfile "$SERVICES_DIR/redis.pid" >/dev/null
  for _ in $(seq 50); do [ -s "$SERVICES_DIR/redis.pid" ] && break; sleep 0.1; done
  REDIS_PID=$(cat "$SERVICES_DIR/redis.pid" 2>/dev/null || true)
  export VANBAN_TEST_REDIS_URL="redis://127.0.0.1:$redis_port/0"
fi

set +e
.venv/bin/python -m pytest "$@"
rc=$?
set -e
exit $rc
