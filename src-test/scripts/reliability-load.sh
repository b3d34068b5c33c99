#!/usr/bin/env bash
# Load: 100 simulated customers (half guests, half signed in) play the seed's session mix for
# RELIABILITY_SECONDS (600) against one server on PostgreSQL (127.0.0.1:5432, database
# RELIABILITY_DB, fresh) with the Gemini fake answering in RELIABILITY_LATENCY_MS (800).
# Pass (exit 0): error rate < 1 %, non-chat API p95 < 500 ms, heap floor, database connections and
# threads not growing. Settings: see reliability-lib.sh. The database is left for
# reliability-backup-restore.sh. Report: docs/reliability.md#load.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/reliability-lib.sh"
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
fresh_database 127.0.0.1 5432 "$db"
trap stop_server EXIT
start_server 5432 "$db"
out=$(report_dir load)
rc=0
run_driver load "$out" -Dload.server.pid="$(server_pid)" || rc=$?
echo "results: $out"
exit $rc
