#!/usr/bin/env bash
# Database faults: the load of reliability-load.sh against a PostgreSQL cluster of its own
# (15/reliab on RELIABILITY_PG_PORT, 5444; created if missing, never the machine's 15/main), which
# is stopped halfway through the run (RELIABILITY_DB_STOP_AT_SECONDS) and started again
# RELIABILITY_DB_DOWN_SECONDS (10) later
# (0: one `pg_ctlcluster 15 reliab restart`). Signed-in customers check out through the REST API
# and send a confirm that got no answer or a 5xx again with the same Idempotency-Key.
# Pass (exit 0): every failure during the outage is a 503 database-unavailable problem with
# Retry-After, answered within RELIABILITY_FAIL_FAST_MS (15000), the error rate after recovery
# < 1 % with no restart of the server, no confirm abandoned, and afterwards
# consistency-check.sql finds every order whole and no duplicate per idempotency key.
# RELIABILITY_KEEP_CLUSTER=1 keeps the cluster (else it is dropped at the end).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/reliability-lib.sh"
pg_port=${RELIABILITY_PG_PORT:-5444}
version=$(ls /etc/postgresql | sort -V | tail -n 1)
cluster=reliab
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$version/$cluster"; then
  pg_createcluster "$version" "$cluster" -p "$pg_port" >/dev/null
  # Trust on loopback, as the machine's own cluster: a throwaway cluster for this run only.
  conf=/etc/postgresql/$version/$cluster
  sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$conf/pg_hba.conf"
  sed -i -E 's/^(local\s+all\s+all\s+)\S+/\1trust/' "$conf/pg_hba.conf"
fi
pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 "$pg_port"
fresh_database 127.0.0.1 "$pg_port" "$db"
cleanup() {
  stop_server
  if [ -z "${RELIABILITY_KEEP_CLUSTER:-}" ]; then
    pg_dropcluster --stop "$version" "$cluster" || true
  fi
}
trap cleanup EXIT
start_server "$pg_port" "$db"
out=$(report_dir db-restart)
down=${RELIABILITY_DB_DOWN_SECONDS:-10}
if [ "$down" = 0 ]; then
  stop="pg_ctlcluster $version $cluster restart"; start=true
else
  stop="pg_ctlcluster $version $cluster stop -m fast"; start="pg_ctlcluster $version $cluster start"
fi
rc=0
run_driver db-restart "$out" -Dload.server.pid="$(server_pid)" \
  -Dload.db.stop="$stop" -Dload.db.start="$start" -Dload.db.down.seconds="$down" \
  -Dload.db.stop.at.seconds="${RELIABILITY_DB_STOP_AT_SECONDS:-$(( ${RELIABILITY_SECONDS:-600} / 2 ))}" \
  -Dload.db.fail.fast.ms="${RELIABILITY_FAIL_FAST_MS:-15000}" || rc=$?
echo "== consistency check ($db on port $pg_port)" | tee -a "$out/driver.txt"
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -v initial_stock=1000000 \
  -f "$here/consistency-check.sql" 2>&1 | tee "$out/consistency.txt"
[ "${PIPESTATUS[0]}" = 0 ] || rc=1
echo "results: $out"
exit $rc
