#!/usr/bin/env bash
# Makes sure the PostgreSQL the tests use answers; starts the local Debian cluster if it does not.
# Usage: ensure-postgres.sh [host] [port]
set -u
host=${1:-127.0.0.1}
port=${2:-5432}

ready() { pg_isready -h "$host" -p "$port" -q 2>/dev/null; }

if ! command -v pg_isready >/dev/null 2>&1; then
  echo "[ensure-postgres] pg_isready not found; assuming PostgreSQL at $host:$port is managed elsewhere"
  exit 0
fi
ready && exit 0
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  echo "[ensure-postgres] starting local PostgreSQL cluster ${version}/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
fi
for _ in $(seq 1 30); do
  ready && exit 0
  sleep 1
done
echo "[ensure-postgres] PostgreSQL does not answer at $host:$port" >&2
exit 1
