# Shared by the reliability-*.sh scripts (sourced, not run): a Liberty server from the build on a
# fresh PostgreSQL database, and the Java driver (com.shopassistant.it.reliability.LoadRun) that
# runs the Gemini fake and the simulated customers. Settings (environment):
#   RELIABILITY_SECONDS (600)   how long the customers shop
#   RELIABILITY_USERS (100)     simulated customers at once (half guests, half signed in)
#   RELIABILITY_THINK_MS (10000) a customer's pause between requests (reading, typing)
#   RELIABILITY_WARMUP_SECONDS (60) 20 customers first, not measured (a warm JIT, as in service)
#   RELIABILITY_LATENCY_MS (800) how long the fake takes per model call (Gemini Flash, short answer)
#   RELIABILITY_PORT (9180), RELIABILITY_FAKE_PORT (9181), RELIABILITY_SERVER (shopReliab),
#   RELIABILITY_DB (shop_reliab), RELIABILITY_HEAP (1g: the server's -Xmx, so a leak shows early)
# Reports go to src-test/target/reliability/<mode>-<time>/ (report.md, report.json, calls.csv).
set -euo pipefail
srctest=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo=$(cd "$srctest/.." && pwd)
wlp="$srctest/target/liberty/wlp"
ear="$srctest/target/deploy/shop-assistant.ear"
port=${RELIABILITY_PORT:-9180}
fake_port=${RELIABILITY_FAKE_PORT:-9181}
name=${RELIABILITY_SERVER:-shopReliab}
db=${RELIABILITY_DB:-shop_reliab}
admin_password=reliability-admin-$$

[ -x "$wlp/bin/server" ] && [ -f "$ear" ] || { echo "run 'mvn verify' first (needs $wlp and $ear)" >&2; exit 2; }

# fresh_database HOST PORT NAME
fresh_database() {
  PGOPTIONS="--client-min-messages=warning" psql -h "$1" -p "$2" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "drop database if exists $3 with (force)" -c "create database $3"
}

# start_server DB_PORT DB_NAME: the production server.xml, the EAR, budgets and the global model
# limit out of reach (the fake is not Google's quota; the per-call counting still runs).
start_server() {
  local dir="$wlp/usr/servers/$name"
  "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true
  rm -rf "$dir"
  "$wlp/bin/server" create "$name" >/dev/null
  cp "$repo/liberty/src/main/liberty/config/server.xml" "$dir/server.xml"
  mkdir -p "$dir/configDropins/defaults" "$dir/apps"
  cp "$repo/liberty/src/main/liberty/config/configDropins/defaults/application.xml" "$dir/configDropins/defaults/"
  cp "$ear" "$dir/apps/shop-assistant.ear"
  echo "-Xmx${RELIABILITY_HEAP:-1g}" > "$dir/jvm.options"
  PORT=$port HTTPS_PORT=$((port + 2)) CONSOLE_FORMAT=simple \
    DATABASE_HOST=127.0.0.1 DATABASE_PORT=$1 DATABASE_NAME=$2 DATABASE_USER=postgres DATABASE_PASSWORD= \
    SHOP_DEMO_DATA=never ADMIN_USERNAME=admin ADMIN_PASSWORD=$admin_password \
    SHOP_USAGE_BUDGET_GUEST_DAILY=1000000000 SHOP_USAGE_BUDGET_FREE_DAILY=1000000000 \
    SHOP_USAGE_BUDGET_FREE_MONTHLY=1000000000 \
    SHOP_USAGE_MODEL_LIMIT_REQUESTS_PER_MINUTE=1000000000 \
    SHOP_USAGE_MODEL_LIMIT_TOKENS_PER_MINUTE=1000000000000 \
    GEMINI_API_KEY=reliability-key GEMINI_BASE_URL=http://127.0.0.1:$fake_port \
    JWT_JWKS_URL=http://127.0.0.1:$port/api/v1/auth/jwks \
    "$wlp/bin/server" start "$name" >/dev/null
  for _ in $(seq 1 150); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/api/v1/health")" = 200 ]; then
      return 0
    fi
    sleep 2
  done
  echo "server $name did not become healthy; see $dir/logs" >&2
  return 1
}

stop_server() { "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; }

server_pid() { cat "$wlp/usr/servers/.pid/$name.pid" 2>/dev/null || true; }

# run_driver MODE OUT [extra -D options...]: exit code is the run's verdict.
run_driver() {
  local mode=$1 out=$2
  shift 2
  local cp_file="$srctest/target/reliability-classpath.txt"
  (cd "$repo" && mvn -B -ntp -o -q -pl src-test dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file") >/dev/null
  mkdir -p "$out"
  {
    echo "date: $(date -u +%FT%TZ)"
    echo "cpus: $(nproc)  memory: $(free -g | awk '/Mem:/ {print $2}') GB"
    echo "java: $(java -version 2>&1 | head -1)"
    echo "load average before: $(cat /proc/loadavg)"
  } > "$out/machine.txt"
  local rc=0
  java -cp "$srctest/target/test-classes:$(cat "$cp_file")" \
    -Dload.mode="$mode" -Dload.url="http://127.0.0.1:$port/" -Dload.fake.port="$fake_port" \
    -Dload.admin.password="$admin_password" -Dload.out="$out" \
    -Dload.users="${RELIABILITY_USERS:-100}" -Dload.seconds="${RELIABILITY_SECONDS:-600}" \
    -Dload.think.ms="${RELIABILITY_THINK_MS:-10000}" \
    -Dload.warmup.seconds="${RELIABILITY_WARMUP_SECONDS:-60}" -Dload.latency.ms="${RELIABILITY_LATENCY_MS:-800}" \
    "$@" com.shopassistant.it.reliability.LoadRun | tee "$out/driver.txt" || rc=$?
  echo "load average after: $(cat /proc/loadavg)" >> "$out/machine.txt"
  return $rc
}

report_dir() { echo "$srctest/target/reliability/$1-$(date -u +%Y%m%dT%H%M%SZ)"; }
