#!/usr/bin/env bash
# Catalog search at 100,000 products on PostgreSQL: the API under wrk, the same SQL under pgbench.
#
# Uses what `mvn verify` left in src-test/target (the Liberty runtime with the JDBC drivers, and
# the EAR), the local PostgreSQL (127.0.0.1:5432, user postgres) and wrk + pgbench:
#   1. loads 100,000 products (2-3 variants each, options, 12 categories) into the database
#      BENCH_DB (default shop_bench_catalog) with generate-catalog.sql, unless it already holds
#      them (BENCH_RELOAD=1 loads again);
#   2. starts a Liberty server on port BENCH_PORT (9480) with the rate limit off
#      (SHOP_RATE_LIMIT_REQUESTS_PER_MINUTE=0) and no demo data;
#   3. GET /api/v1/products?q=<word> with BENCH_CLIENTS (50) connections for BENCH_DURATION (30)
#      seconds after a warm-up that lasts until the JIT has settled (BENCH_WARMUP 30 to
#      BENCH_WARMUP_MAX 300 s), a random word of the catalog's names per request (search.lua),
#      twice: with the search page cache off (every request reaches PostgreSQL), then on (30 s,
#      the default), reading the cache's hit and miss counters from /metrics;
#   4. stops the server and runs the statements of such a request (search-word.sql) with pgbench,
#      as many clients, as long, prepared;
#   5. writes EXPLAIN ANALYZE of the page statement for a common, a median and a rare word.
# Results go to src-test/target/benchmarks/catalog-search/<time>/ and a summary to stdout.
# BENCH_RANDOM_PAGE_COST sets the planner's random_page_cost on the database (see the report);
# unset, the server's own setting applies. BENCH_EAR runs another build of the application (to
# compare with an earlier one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
srctest=$(cd "$here/../.." && pwd)
repo=$(cd "$srctest/.." && pwd)
wlp="$srctest/target/liberty/wlp"
ear=${BENCH_EAR:-$srctest/target/deploy/shop-assistant.ear}
db=${BENCH_DB:-shop_bench_catalog}
port=${BENCH_PORT:-9480}
https_port=${BENCH_HTTPS_PORT:-9481}
clients=${BENCH_CLIENTS:-50}
duration=${BENCH_DURATION:-30}
warmup=${BENCH_WARMUP:-30}
warmup_max=${BENCH_WARMUP_MAX:-300}
threads=${BENCH_THREADS:-2}
pool_max=${BENCH_POOL_MAX:-15}
name=shopBenchCatalog
out="$srctest/target/benchmarks/catalog-search/$(date -u +%Y%m%dT%H%M%SZ)"
# What else used the CPU while a phase ran: the busiest processes over one second.
others() {
  top -b -n 2 -d 1 | awk '/^top -/ {n++} n == 2' | sed -n '8,13p' | while read -r pid _ _ _ _ _ _ _ cpu _; do
    printf '  %6s%%  %s\n' "$cpu" "$(ps -o args= -p "$pid" 2>/dev/null | cut -c1-110)"
  done
}
psql_db() { PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q "$@"; }
psql_admin() { PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

[ -x "$wlp/bin/server" ] && [ -f "$ear" ] || { echo "run 'mvn verify' first (needs $wlp and $ear)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v pgbench >/dev/null || { echo "pgbench is missing (postgresql-client)" >&2; exit 2; }
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
mkdir -p "$out"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpus: $(nproc)  memory: $(free -g | awk '/Mem:/ {print $2}') GB"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "postgresql: $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version')"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "load before: $(uptime)"
} > "$out/machine.txt"

products=$(psql_admin -Atc "select 1 from pg_database where datname = '$db'" | grep -q 1 \
  && psql_db -Atc "select count(*) from product where code like 'BENCH-%'" 2>/dev/null || echo 0)
reload=${BENCH_RELOAD:-0}
if [ "$reload" = 1 ] || [ "$products" != 100000 ]; then
  psql_admin -c "drop database if exists $db with (force)" -c "create database $db"
  reload=1
fi
if [ -n "${BENCH_RANDOM_PAGE_COST:-}" ]; then
  psql_admin -c "alter database $db set random_page_cost = ${BENCH_RANDOM_PAGE_COST}"
else
  psql_admin -c "alter database $db reset random_page_cost"
fi

stop_server() { "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; }
trap stop_server EXIT
start_server() { # $1: seconds search pages are cached (0: off)
  local dir="$wlp/usr/servers/$name"
  rm -rf "$dir"
  "$wlp/bin/server" create "$name" >/dev/null
  cp "$repo/liberty/src/main/liberty/config/server.xml" "$dir/server.xml"
  mkdir -p "$dir/configDropins/defaults" "$dir/apps"
  cp "$repo/liberty/src/main/liberty/config/configDropins/defaults/application.xml" "$dir/configDropins/defaults/"
  cp "$ear" "$dir/apps/shop-assistant.ear"
  PORT=$port HTTPS_PORT=$https_port CONSOLE_FORMAT=simple \
    DATABASE_HOST=127.0.0.1 DATABASE_NAME=$db DATABASE_USER=postgres DATABASE_PASSWORD= \
    DATABASE_POOL_MAX=$pool_max SHOP_DEMO_DATA=never SHOP_RATE_LIMIT_REQUESTS_PER_MINUTE=0 \
    SHOP_CATALOG_SEARCH_CACHE_SECONDS="$1" \
    "$wlp/bin/server" start "$name" >/dev/null
  for _ in $(seq 1 150); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/api/v1/health")" = 200 ] && return 0
    sleep 2
  done
  echo "the server on port $port did not become healthy (its schema comes from Flyway)" >&2
  exit 1
}
cache_counter() { # $1: hits or misses
  curl -s "localhost:$port/metrics?scope=application" \
    | awk -v name="catalog_search_cache_$1_total" '$1 ~ "^"name {v=$2} END {printf "%d", v}'
}
# CPU time, in clock ticks: of a process (utime + stime), of the machine (busy, all).
process_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
machine_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat; }
# The JIT compiler threads' CPU time, in clock ticks.
jit_ticks() {
  local task comm
  for task in /proc/"$1"/task/*; do
    read -r comm < "$task/comm" || continue
    case "$comm" in C1\ Compiler* | C2\ Compiler*) awk '{print $14 + $15}' "$task/stat" ;; esac
  done | awk '{s += $1} END {print s + 0}'
}
# Warms up in slices of 15 s until the JIT has settled (its compiler threads used under 5 % of a
# core in the last slice), at least BENCH_WARMUP and at most BENCH_WARMUP_MAX seconds. On two
# shared cores Liberty's request path takes minutes of load to be compiled: Liberty's CPU per
# cached search fell from 3.9 ms in the first 15 s to 0.1 ms after 150 s. A server in production
# runs for hours, so the steady state is what is measured.
warm_up() { # $1: label
  local pid spent=0 ticks jit n hz
  pid=$(cat "$wlp/usr/servers/.pid/$name.pid")
  hz=$(getconf CLK_TCK)
  while :; do
    ticks=$(process_ticks "$pid"); jit=$(jit_ticks "$pid")
    n=$(wrk -t"$threads" -c"$clients" -d15s -s "$here/search.lua" "http://127.0.0.1:$port" \
      -- "$out/words.txt" | awk '/^requests/ {print $2}')
    spent=$((spent + 15))
    jit=$(( $(jit_ticks "$pid") - jit ))
    echo "warm-up ($1) at ${spent} s: ${n:-0} requests, Liberty $(( ($(process_ticks "$pid") - ticks) \
      * 1000000 / hz / (${n:-0} > 0 ? ${n:-0} : 1) )) us per request, JIT $((jit * 100 / hz / 15)) % of a core" \
      | tee -a "$out/warm-up.txt"
    if [ "$spent" -ge "$warmup_max" ] || { [ "$spent" -ge "$warmup" ] && [ $((jit * 20)) -lt $((hz * 15)) ]; }; then
      break
    fi
  done
}
run_wrk() { # $1: label
  warm_up "$1"
  { echo "load before wrk ($1): $(uptime)"; echo " busiest processes before:"; others; } >> "$out/machine.txt"
  ( sleep $((duration / 2)); { echo " busiest processes during wrk ($1):"; others; } >> "$out/machine.txt" ) &
  local pid liberty0 machine0
  pid=$(cat "$wlp/usr/servers/.pid/$name.pid")
  liberty0=$(process_ticks "$pid"); machine0=$(machine_ticks)
  wrk -t"$threads" -c"$clients" -d"${duration}s" -s "$here/search.lua" \
    "http://127.0.0.1:$port" -- "$out/words.txt" | tee "$out/wrk-$1.txt"
  # Liberty's CPU per request is far less sensitive to other load than latency is; its share of the
  # machine's CPU shows how much the load generator and other processes took.
  echo "$(process_ticks "$pid") $liberty0 $(machine_ticks) $machine0" | awk -v hz="$(getconf CLK_TCK)" \
    -v n="$(awk '/^requests/ {print $2}' "$out/wrk-$1.txt")" '
    { liberty = $1 - $2; busy = $3 - $5; all = $4 - $6
      printf "cpu: Liberty %.0f us per request, %.0f %% of the machine; all processes %.0f %%\n",
        liberty * 1e6 / hz / n, 100 * liberty / all, 100 * busy / all }' | tee -a "$out/wrk-$1.txt"
  wait
  echo "load after wrk ($1): $(uptime)" >> "$out/machine.txt"
}
start_server 0

if [ "$reload" = 1 ]; then
  echo "loading 100,000 products into $db ..."
  start=$(date +%s)
  cat "$here/vocabulary.sql" "$here/generate-catalog.sql" | psql_db
  psql_db -c "vacuum analyze"
  echo "loaded in $(( $(date +%s) - start )) s" | tee "$out/load.txt"
fi
cat "$here/vocabulary.sql" "$here/query-words.sql" | psql_db
psql_db -Atc "select word from bench_plain_words union all select word from bench_category_words" > "$out/words.txt"
plain_words=$(psql_db -Atc "select count(*) from bench_plain_words")
category_words=$(psql_db -Atc "select count(*) from bench_category_words")
psql_db -c "select count(*) as products, count(*) filter (where active) as on_sale,
   (select count(*) from product_variant) as variants,
   (select count(*) from product_variant where stock_quantity = 0) as sold_out_variants,
   pg_size_pretty(pg_table_size('product')) as product_table,
   pg_size_pretty(pg_relation_size('ix_product_name_trgm')) as name_index,
   pg_size_pretty(pg_relation_size('ix_product_description_trgm')) as description_index
   from product" > "$out/data.txt"
psql_db -c "select min(n), percentile_disc(0.5) within group (order by n) as median,
   percentile_disc(0.95) within group (order by n) as p95, max(n)
   from (select (select count(*) from product p where p.active and (lower(p.name) like w.pat
     or lower(p.description) like w.pat)) as n from bench_plain_words w) counts" \
  | sed '1s/^/products matching one search word (active, name or description):\n/' >> "$out/data.txt"
psql_db -Atc "show random_page_cost" | sed 's/^/random_page_cost: /' >> "$out/data.txt"

# A request as the benchmark makes it, kept for the report.
curl -s "localhost:$port/api/v1/products?q=lamp&size=2" > "$out/sample-answer.json"

run_wrk cache-off
stop_server
start_server 30
run_wrk cache-on
echo "search page cache after warm-up and run: $(cache_counter hits) hits, $(cache_counter misses) misses" \
  | tee -a "$out/wrk-cache-on.txt"
stop_server

cd "$out"
pgbench_run() { # $1: seconds, $2: extra options
  pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$clients" -j "$threads" -T "$1" $2 \
    -D plain_words="$plain_words" -D category_words="${category_words:-0}" \
    -f "$here/search-word.sql@$plain_words" \
    $( [ "${category_words:-0}" -gt 0 ] && echo "-f $here/search-category-word.sql@$category_words" ) \
    "$db"
}
pgbench_run 5 "" > /dev/null
{ echo "load before pgbench: $(uptime)"; echo " busiest processes before:"; others; } >> machine.txt
( sleep $((duration / 2)); { echo " busiest processes during pgbench:"; others; } >> machine.txt ) &
pgbench_run "$duration" "-l --log-prefix=pgbench-latency" | tee pgbench.txt
wait
echo "load after pgbench: $(uptime)" >> machine.txt
cat pgbench-latency.* | awk '{print $3}' | sort -n > pgbench-latencies-us.txt
awk '{a[NR]=$1} END {
  printf "pgbench latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f  (%d transactions)\n",
    a[int(NR*0.50)]/1000, a[int(NR*0.90)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000,
    a[NR]/1000, NR }' pgbench-latencies-us.txt | tee -a pgbench.txt
rm -f pgbench-latency.*

# The plan of the page statement, for the most common, the median and the rarest word.
page_sql=$(grep '^select p.id' "$here/search-word.sql")
for which in "order by n desc" "order by abs(n - (select percentile_disc(0.5) within group (order by n) from counts))" "order by n"; do
  word=$(psql_db -Atc "with counts as (select w.word, (select count(*) from product p where p.active
    and (lower(p.name) like w.pat or lower(p.description) like w.pat)) n from bench_plain_words w)
    select word from counts $which limit 1")
  sql=${page_sql//:pat/\'%$word%\'}
  sql=${sql//:pre/\'$word%\'}
  sql=${sql//:size/20}
  sql=${sql//:first/0}
  { echo "== q=$word"; psql_db -c "explain (analyze, buffers) ${sql%;}"; } >> explain.txt
done

{
  echo "catalog search benchmark, $(date -u +%FT%TZ): $clients clients, ${duration} s, pool max $pool_max"
  echo "application: $ear (built $(date -u -r "$ear" +%FT%TZ), sha256 $(sha256sum "$ear" | cut -c1-12))"
  cat machine.txt; echo; cat warm-up.txt; echo; cat data.txt
  echo "API, search page cache off (wrk, GET /api/v1/products?q=<word>):"
  grep -E "^(requests|latency|errors|cpu)" wrk-cache-off.txt
  echo "API, search page cache on (30 s):"; grep -E "^(requests|latency|errors|cpu|search page)" wrk-cache-on.txt
  echo "SQL (pgbench -M prepared, the same statements):"; grep -E "^(tps|latency average|pgbench latency)" pgbench.txt
} | tee summary.txt
echo "details in $out"
