#!/usr/bin/env bash
# The assistant's benchmark (report: docs/benchmarks/assistant-turns.md):
#   1. starts a Liberty server on BENCH_PORT (9490) against a fresh database, with GEMINI_BASE_URL
#      pointing at a Gemini fake that this script's Java driver runs on BENCH_FAKE_PORT (9491);
#   2. the driver (com.shopassistant.it.bench.AssistantBenchmark) imports a two-product catalog,
#      plays the seed's four session types once each and sums their tokens, then runs
#      BENCH_CONVERSATIONS (100) conversations at once for BENCH_SECONDS (180), the fake answering
#      every model call in exactly BENCH_LATENCY_MS (200), a think time of BENCH_THINK_MS (2000)
#      between a customer's messages; the global model limit is set out of reach (its counting
#      still runs and is part of the overhead measured: 100 conversations make thousands of calls a
#      minute, far above the production 500);
#   3. writes summary.md and turns.csv under src-test/target/benchmarks/assistant/<time>/.
# Needs a `mvn verify` (or `mvn -DskipTests install` + src-test's liberty runtime) before.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
srctest=$(cd "$here/../.." && pwd)
repo=$(cd "$srctest/.." && pwd)
wlp="$srctest/target/liberty/wlp"
ear="$srctest/target/deploy/shop-assistant.ear"
db=${BENCH_DB:-shop_bench_chat}
port=${BENCH_PORT:-9490}
fake_port=${BENCH_FAKE_PORT:-9491}
name=shopBenchChat
admin_password=bench-admin-$$
out="$srctest/target/benchmarks/assistant/$(date -u +%Y%m%dT%H%M%SZ)"

[ -x "$wlp/bin/server" ] && [ -f "$ear" ] || { echo "run 'mvn verify' first (needs $wlp and $ear)" >&2; exit 2; }
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
mkdir -p "$out"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q \
  -c "drop database if exists $db with (force)" -c "create database $db"

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
PORT=$port HTTPS_PORT=$((port + 2)) CONSOLE_FORMAT=simple \
  DATABASE_HOST=127.0.0.1 DATABASE_NAME=$db DATABASE_USER=postgres DATABASE_PASSWORD= \
  SHOP_DEMO_DATA=never ADMIN_USERNAME=admin ADMIN_PASSWORD=$admin_password \
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
java -cp "$classpath" \
  -Dbench.url="http://127.0.0.1:$port/" -Dbench.fake.port="$fake_port" \
  -Dbench.admin.password="$admin_password" -Dbench.out="$out" \
  -Dbench.conversations="${BENCH_CONVERSATIONS:-100}" -Dbench.seconds="${BENCH_SECONDS:-180}" \
  -Dbench.latency.ms="${BENCH_LATENCY_MS:-200}" -Dbench.think.ms="${BENCH_THINK_MS:-2000}" \
  com.shopassistant.it.bench.AssistantBenchmark | tee "$out/driver.txt"
echo "load after: $(uptime)" >> "$out/machine.txt"
curl -s "localhost:$port/metrics" | grep -E '^(gemini_calls_total|assistant_turns_total|assistant_fallbacks_total|assistant_routing_total)' > "$out/metrics.txt" || true
echo "results: $out"
