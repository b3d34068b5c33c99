#!/usr/bin/env bash
# The assistant's benchmark (report: docs/benchmarks/assistant-turns.md):
#   1. starts a Liberty server on BENCH_PORT (9490) against a fresh database, with GEMINI_BASE_URL
#      pointing at a Gemini fake that this script's Java driver runs on BENCH_FAKE_PORT (9491);
#   2. the driver (com.shopassistant.it.bench.AssistantBenchmark) imports a two-product catalog,
#      plays the seed's four session types once each and sums their tokens, then runs
#      BENCH_CONVERSATIONS (100) conversations at once for BENCH_SECONDS (180), the fake answering
#      every model call in exactly BENCH_LATENCY_MS (200), a think time of BENCH_THINK_MS (2000)
#      ± 50 % (uniform, so that conversations do not fall into step) between a customer's messages;
#      the global model limit is set out of reach (its counting
#      still runs and is part of the overhead measured: 100 conversations make thousands of calls a
#      minute, far above the production 500);
#   3. writes summary.md and turns.csv under src-test/target/benchmarks/assistant/<time>/.
# A guest's daily token budget is raised to BENCH_GUEST_DAILY (10^9): the complex session alone
# takes ~35,000 tokens, beyond the seed's 10,000, and the budget must still be checked per call.
# BENCH_WARMUP_SECONDS (0) runs BENCH_WARMUP_CONVERSATIONS (10) conversations first, unmeasured, so
# that the measured run sees a JIT-compiled server rather than a cold one.
# BENCH_EAR deploys another build of the application (e.g. the main branch's, to compare).
# BENCH_SQL_LOG=1 logs every statement on the benchmark's database (PostgreSQL's log).
# BENCH_SERVER (shopBenchChat) names the Liberty server and BENCH_DB (shop_bench_chat) its database,
# so that two engineers can run it at once on other ports. BENCH_JVM_OPTIONS, one option per line
# or space-separated, go into the server's jvm.options, e.g. a flight recording of the whole run:
#   BENCH_JVM_OPTIONS='-XX:StartFlightRecording=filename=/tmp/bench.jfr,dumponexit=true,settings=profile'
# BENCH_ACCESS_LOG=1 writes Liberty's access log (request, status, server time in microseconds) to
# access.log in the results, to split a turn's time between the server and the client.
# Needs a `mvn verify` (or `mvn -DskipTests install` + src-test's liberty runtime) before.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
srctest=$(cd "$here/../.." && pwd)
repo=$(cd "$srctest/.." && pwd)
wlp="$srctest/target/liberty/wlp"
ear=${BENCH_EAR:-"$srctest/target/deploy/shop-assistant.ear"}
db=${BENCH_DB:-shop_bench_chat}
port=${BENCH_PORT:-9490}
fake_port=${BENCH_FAKE_PORT:-9491}
name=${BENCH_SERVER:-shopBenchChat}
admin_password=bench-admin-$$
out="$srctest/target/benchmarks/assistant/$(date -u +%Y%m%dT%H%M%SZ)"

[ -x "$wlp/bin/server" ] && [ -f "$ear" ] || { echo "run 'mvn verify' first (needs $wlp and $ear)" >&2; exit 2; }
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
mkdir -p "$out"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q \
  -c "drop database if exists $db with (force)" -c "create database $db"
if [ -n "${BENCH_SQL_LOG:-}" ]; then
  # Every statement of this database, with its duration, in PostgreSQL's own log.
  psql -h 127.0.0.1 -U postgres -q -c "alter database $db set log_min_duration_statement = 0"
fi

cp_file="$srctest/target/bench-classpath.txt"
(cd "$repo" && mvn -B -ntp -o -q -pl src-test dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file") >/dev/null
classpath="$srctest/target/test-classes:$(cat "$cp_file")"

stop_server() { "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; }
trap stop_server EXIT
dir="$wlp/usr/servers/$name"
rm -rf "$dir"
"$wlp/bin/server" create "$name" >/dev/null
cp "$repo/liberty/src/main/liberty/config/server.xml" "$dir/server.xml"
mkdir -p "$dir/configDropins/defaults" "$dir/apps"
cp "$repo/liberty/src/main/liberty/config/configDropins/defaults/application.xml" "$dir/configDropins/defaults/"
cp "$ear" "$dir/apps/shop-assistant.ear"
if [ -n "${BENCH_JVM_OPTIONS:-}" ]; then
  tr ' ' '\n' <<< "$BENCH_JVM_OPTIONS" | grep -v '^$' > "$dir/jvm.options"
fi
if [ -n "${BENCH_ACCESS_LOG:-}" ]; then
  mkdir -p "$dir/configDropins/overrides"
  cat > "$dir/configDropins/overrides/access-log.xml" <<XML
<server>
  <httpEndpoint id="defaultHttpEndpoint">
    <accessLogging filepath="$out/access.log" logFormat='%t "%r" %s %D'/>
  </httpEndpoint>
</server>
XML
fi
PORT=$port HTTPS_PORT=$((port + 2)) CONSOLE_FORMAT=simple \
  DATABASE_HOST=127.0.0.1 DATABASE_NAME=$db DATABASE_USER=postgres DATABASE_PASSWORD= \
  SHOP_DEMO_DATA=never ADMIN_USERNAME=admin ADMIN_PASSWORD=$admin_password \
  SHOP_USAGE_BUDGET_GUEST_DAILY=${BENCH_GUEST_DAILY:-1000000000} \
  GEMINI_API_KEY=bench-key GEMINI_BASE_URL=http://127.0.0.1:$fake_port \
  SHOP_USAGE_MODEL_LIMIT_REQUESTS_PER_MINUTE=1000000000 SHOP_USAGE_MODEL_LIMIT_TOKENS_PER_MINUTE=1000000000000 \
  JWT_JWKS_URL=http://127.0.0.1:$port/api/v1/auth/jwks \
  "$wlp/bin/server" start "$name" >/dev/null
for _ in $(seq 1 150); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/api/v1/health")" = 200 ] && break
  sleep 2
done

{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpus: $(nproc)  memory: $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load before: $(uptime)"
} > "$out/machine.txt"
server_pid=$(cat "$wlp/usr/servers/.pid/$name.pid" 2>/dev/null || true)
java -cp "$classpath" \
  -Dbench.url="http://127.0.0.1:$port/" -Dbench.fake.port="$fake_port" \
  -Dbench.admin.password="$admin_password" -Dbench.out="$out" \
  -Dbench.conversations="${BENCH_CONVERSATIONS:-100}" -Dbench.seconds="${BENCH_SECONDS:-180}" \
  -Dbench.latency.ms="${BENCH_LATENCY_MS:-200}" -Dbench.think.ms="${BENCH_THINK_MS:-2000}" \
  -Dbench.server.pid="$server_pid" -Dbench.db="$db" \
  -Dbench.warmup.seconds="${BENCH_WARMUP_SECONDS:-0}" \
  -Dbench.warmup.conversations="${BENCH_WARMUP_CONVERSATIONS:-10}" \
  com.shopassistant.it.bench.AssistantBenchmark | tee "$out/driver.txt"
echo "load after: $(uptime)" >> "$out/machine.txt"
curl -s "localhost:$port/metrics" | grep -E '^(gemini_calls_total|assistant_turns_total|assistant_fallbacks_total|assistant_routing_total)' > "$out/metrics.txt" || true
echo "results: $out"
