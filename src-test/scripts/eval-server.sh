#!/usr/bin/env bash
# A server for the evaluation commands (eval-sessions.sh, tau2-replay.sh): Liberty with the EAR that
# `mvn verify` built, on a FRESH PostgreSQL database, calling the Gemini fake those commands run.
#   eval-server.sh start | stop
# Settings (environment): EVAL_PORT (9080), EVAL_FAKE_PORT (9299), EVAL_DB (shop_eval; dropped and
# created at start unless EVAL_KEEP_DB=1), EVAL_SERVER (shopEval, the Liberty server's name), EVAL_ADMIN_PASSWORD
# (eval-admin), EVAL_IMPORT (a db.json the server imports at start, e.g.
# ../shared/datasets/tau2-retail/db.json for the replay).
set -euo pipefail
srctest=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$srctest/.." && pwd)
wlp="$srctest/target/liberty/wlp"
ear="$srctest/target/deploy/shop-assistant.ear"
name=${EVAL_SERVER:-shopEval}
port=${EVAL_PORT:-9080}
db=${EVAL_DB:-shop_eval}

if [ "${1:-}" = stop ]; then
  "$wlp/bin/server" stop "$name"
  exit
fi
[ "${1:-}" = start ] || { echo "usage: $0 start|stop" >&2; exit 2; }
[ -x "$wlp/bin/server" ] && [ -f "$ear" ] || { echo "run 'mvn verify' first (needs $wlp and $ear)" >&2; exit 2; }
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
if [ -z "${EVAL_KEEP_DB:-}" ]; then
  PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q \
    -c "drop database if exists $db with (force)" -c "create database $db"
fi
dir="$wlp/usr/servers/$name"
"$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true
rm -rf "$dir"
"$wlp/bin/server" create "$name" >/dev/null
cp "$repo/liberty/src/main/liberty/config/server.xml" "$dir/server.xml"
mkdir -p "$dir/configDropins/defaults" "$dir/apps"
cp "$repo/liberty/src/main/liberty/config/configDropins/defaults/application.xml" "$dir/configDropins/defaults/"
cp "$ear" "$dir/apps/shop-assistant.ear"
import_file=${EVAL_IMPORT:+$(cd "$(dirname "$EVAL_IMPORT")" && pwd)/$(basename "$EVAL_IMPORT")}
PORT=$port HTTPS_PORT=$((port + 2)) CONSOLE_FORMAT=simple \
  DATABASE_HOST=127.0.0.1 DATABASE_NAME=$db DATABASE_USER=postgres DATABASE_PASSWORD= \
  SHOP_DEMO_DATA=never SHOP_IMPORT_FILE=$import_file \
  ADMIN_USERNAME=admin ADMIN_PASSWORD=${EVAL_ADMIN_PASSWORD:-eval-admin} \
  GEMINI_API_KEY=eval-key GEMINI_BASE_URL=http://127.0.0.1:${EVAL_FAKE_PORT:-9299} \
  JWT_JWKS_URL=http://127.0.0.1:$port/api/v1/auth/jwks \
  "$wlp/bin/server" start "$name" >/dev/null
for _ in $(seq 1 150); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/api/v1/health")" = 200 ]; then
    echo "server $name on http://127.0.0.1:$port/ (database $db, Gemini fake expected on ${EVAL_FAKE_PORT:-9299})"
    exit 0
  fi
  sleep 2
done
echo "server $name did not become healthy; see $dir/logs" >&2
exit 1
