#!/usr/bin/env bash
# Budgets and the global model limit across two server instances on one PostgreSQL
# (report: docs/benchmarks/shared-limits.md):
#   1. starts two Liberty servers (ports BENCH_PORT_A 9500 and BENCH_PORT_B 9510) on one fresh
#      database BENCH_DB (shop_bench_limits), both calling a Gemini fake that the Java driver runs
#      on BENCH_FAKE_PORT (9501), with the global model limit set to BENCH_RPM (60) calls a
#      minute, and the per-caller request rate limit off (it would refuse the 50 chats of one
#      customer before the budget does);
#   2. the driver (com.shopassistant.it.bench.SharedLimitsBenchmark) runs phase 1: BENCH_CHATS (50)
#      concurrent chats of one free-tier customer, alternating between the servers, until the
#      daily budget refuses them, then checks the ledger; phase 2: BENCH_RPM_CUSTOMERS (20)
#      customers chat through both servers for BENCH_RPM_SECONDS (150), and the model calls the
#      fake received are counted per minute;
#   3. writes summary.md under src-test/target/benchmarks/shared-limits/<time>/ and exits non-zero
#      when a limit did not hold.
# Needs a `mvn verify` (or `mvn -DskipTests verify -pl src-test -am`) before.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
srctest=$(cd "$here/../.." && pwd)
repo=$(cd "$srctest/.." && pwd)
wlp="$srctest/target/liberty/wlp"
ear="$srctest/target/deploy/shop-assistant.ear"
db=${BENCH_DB:-shop_bench_limits}
port_a=${BENCH_PORT_A:-9500}
port_b=${BENCH_PORT_B:-9510}
fake_port=${BENCH_FAKE_PORT:-9501}
rpm=${BENCH_RPM:-60}
out="$srctest/target/benchmarks/shared-limits/$(date -u +%Y%m%dT%H%M%SZ)"

[ -x "$wlp/bin/server" ] && [ -f "$ear" ] || { echo "run 'mvn verify' first (needs $wlp and $ear)" >&2; exit 2; }
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
mkdir -p "$out"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q \
  -c "drop database if exists $db with (force)" -c "create database $db"

cp_file="$srctest/target/bench-classpath.txt"
(cd "$repo" && mvn -B -ntp -o -q -pl src-test dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file") >/dev/null
classpath="$srctest/target/test-classes:$(cat "$cp_file")"

servers=(shopBenchLimitsA shopBenchLimitsB)
ports=("$port_a" "$port_b")
stop_servers() { for s in "${servers[@]}"; do "$wlp/bin/server" stop "$s" >/dev/null 2>&1 || true; done; }
trap stop_servers EXIT
start_server() { # $1 name, $2 port
  local dir="$wlp/usr/servers/$1"
  rm -rf "$dir"
  "$wlp/bin/server" create "$1" >/dev/null
  cp "$repo/liberty/src/main/liberty/config/server.xml" "$dir/server.xml"
  mkdir -p "$dir/configDropins/defaults" "$dir/apps"
  cp "$repo/liberty/src/main/liberty/config/configDropins/defaults/application.xml" "$dir/configDropins/defaults/"
  cp "$ear" "$dir/apps/shop-assistant.ear"
  PORT=$2 HTTPS_PORT=$(($2 + 2)) CONSOLE_FORMAT=simple \
    DATABASE_HOST=127.0.0.1 DATABASE_NAME=$db DATABASE_USER=postgres DATABASE_PASSWORD= \
    SHOP_DEMO_DATA=never ADMIN_USERNAME=admin ADMIN_PASSWORD=bench-admin-$$ \
    SHOP_RATE_LIMIT_REQUESTS_PER_MINUTE=0 \
    SHOP_USAGE_MODEL_LIMIT_REQUESTS_PER_MINUTE=$rpm \
    GEMINI_API_KEY=bench-key GEMINI_BASE_URL=http://127.0.0.1:$fake_port GEMINI_CONTEXT_CACHE=false \
    JWT_JWKS_URL=http://127.0.0.1:$2/api/v1/auth/jwks \
    "$wlp/bin/server" start "$1" >/dev/null
  for _ in $(seq 1 150); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$2/api/v1/health")" = 200 ] && return 0
    sleep 2
  done
  echo "server $1 did not start" >&2
  return 1
}
# One after the other: the first creates the schema, the second finds it current.
start_server "${servers[0]}" "${ports[0]}"
start_server "${servers[1]}" "${ports[1]}"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpus: $(nproc)  memory: $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load before: $(uptime)"
} > "$out/machine.txt"
status=0
java -cp "$classpath" \
  -Dbench.urls="http://127.0.0.1:${ports[0]}/,http://127.0.0.1:${ports[1]}/" \
  -Dbench.fake.port="$fake_port" -Dbench.db="$db" -Dbench.out="$out" -Dbench.rpm="$rpm" \
  -Dbench.chats="${BENCH_CHATS:-50}" -Dbench.rpm.customers="${BENCH_RPM_CUSTOMERS:-20}" \
  -Dbench.rpm.seconds="${BENCH_RPM_SECONDS:-150}" \
  com.shopassistant.it.bench.SharedLimitsBenchmark | tee "$out/driver.txt" || status=$?
echo "load after: $(uptime)" >> "$out/machine.txt"
for i in 0 1; do
  curl -s "localhost:${ports[$i]}/metrics" \
    | grep -E '^(gemini_calls_total|token_budget_refusals_total|model_rate_limit_[a-z_]+|assistant_turns_total)' \
    | sed "s/^/${servers[$i]} /" >> "$out/metrics.txt" || true
done
echo "results: $out"
exit $status
