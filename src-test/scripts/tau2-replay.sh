#!/usr/bin/env bash
# Replays a τ²-bench retail action list through the assistant's tools and exports the store back
# to db.json (docs/evaluation.md). Against a RUNNING server that calls this command's Gemini fake
# (GEMINI_BASE_URL=http://127.0.0.1:$EVAL_FAKE_PORT) and whose database this command can reach —
# the replay signs in as the list's user by giving it a throw-away password there, so use an
# evaluation database, never a shop's.
#   tau2-replay.sh ACTIONS.json [EXPORT.json]
# Settings (environment): EVAL_URL (http://127.0.0.1:9080/), EVAL_ADMIN_PASSWORD (required),
# EVAL_FAKE_PORT (9299), EVAL_DB_URL (jdbc:postgresql://127.0.0.1:5432/shop), EVAL_DB_USER
# (postgres), EVAL_DB_PASSWORD (empty), EVAL_IMPORT (a db.json to import first, e.g.
# ../shared/datasets/tau2-retail/db.json for a fresh database).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 ACTIONS.json [EXPORT.json]" >&2; exit 2; }
classpath=$("$here/eval-classpath.sh")
args=(--url "${EVAL_URL:-http://127.0.0.1:9080/}" --admin-password "${EVAL_ADMIN_PASSWORD:?set EVAL_ADMIN_PASSWORD}"
      --fake-port "${EVAL_FAKE_PORT:-9299}" --actions "$1" --out "${2:-$here/../target/eval/db-after.json}"
      --db-url "${EVAL_DB_URL:-jdbc:postgresql://127.0.0.1:5432/shop}" --db-user "${EVAL_DB_USER:-postgres}"
      --db-password "${EVAL_DB_PASSWORD:-}")
[ -n "${EVAL_IMPORT:-}" ] && args+=(--import "$EVAL_IMPORT")
exec java -cp "$classpath" com.shopassistant.it.eval.Tau2ReplayMain "${args[@]}"
