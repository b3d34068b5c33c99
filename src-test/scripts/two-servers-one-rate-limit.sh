#!/usr/bin/env bash
# Two Liberty servers on one PostgreSQL database enforce one rate limit together.
#
# Uses what `mvn verify` left in src-test/target: the Liberty runtime (target/liberty/wlp, with the
# JDBC drivers) and the EAR (target/deploy/shop-assistant.ear). Starts servers A and B on loopback
# ports, sends one caller's requests alternately to both, and expects exactly LIMIT of them through
# and the rest answered 429. Stops both servers whatever happens. The caller is a guest signed in on
# server A and reading its profile (GET /api/v1/me) from both: that B accepts A's token also shows
# that the instances share the signing key kept in the database.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
wlp="$here/target/liberty/wlp"
ear="$here/target/deploy/shop-assistant.ear"
db=${TWO_SERVERS_DB:-shop_two_servers}
limit=${TWO_SERVERS_LIMIT:-10}
ports=(9281 9282)
names=(shopTwoA shopTwoB)

[ -x "$wlp/bin/server" ] && [ -f "$ear" ] || { echo "run 'mvn verify' first (needs $wlp and $ear)" >&2; exit 2; }
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
PGOPTIONS="--client-min-messages=warning" psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"

stop_all() {
  for name in "${names[@]}"; do "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true; done
}
trap stop_all EXIT

for i in 0 1; do
  name=${names[$i]}
  dir="$wlp/usr/servers/$name"
  rm -rf "$dir"
  "$wlp/bin/server" create "$name" >/dev/null
  cp "$repo/liberty/src/main/liberty/config/server.xml" "$dir/server.xml"
  mkdir -p "$dir/configDropins/defaults" "$dir/apps"
  cp "$repo/liberty/src/main/liberty/config/configDropins/defaults/application.xml" "$dir/configDropins/defaults/"
  cp "$ear" "$dir/apps/shop-assistant.ear"
  PORT=${ports[$i]} HTTPS_PORT=$((ports[$i] + 100)) CONSOLE_FORMAT=simple \
    DATABASE_HOST=127.0.0.1 DATABASE_NAME=$db DATABASE_USER=postgres DATABASE_PASSWORD= \
    SHOP_DEMO_DATA=never SHOP_RATE_LIMIT_REQUESTS_PER_MINUTE=$limit \
    ADMIN_USERNAME=admin ADMIN_PASSWORD=two-servers-secret \
    "$wlp/bin/server" start "$name" >/dev/null
done

for port in "${ports[@]}"; do
  for _ in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/api/v1/health")" = 200 ] && break
    sleep 2
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$port/api/v1/health")" = 200 ] \
    || { echo "server on port $port did not become healthy" >&2; exit 1; }
done

# Wait for the start of a fresh minute window if this one is nearly over, so all requests share it.
[ "$(date +%S)" -gt 45 ] && sleep $((61 - 10#$(date +%S)))
token=$(curl -s -X POST "localhost:${ports[0]}/api/v1/auth/guest" \
  | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "could not sign in as a guest on port ${ports[0]}" >&2; exit 1; }
ok=0; limited=0
for n in $(seq 1 $((limit + 6))); do
  port=${ports[$((n % 2))]}
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    "localhost:$port/api/v1/me")
  case "$code" in
    200) ok=$((ok + 1)) ;;
    429) limited=$((limited + 1)) ;;
    *) echo "unexpected status $code from port $port" >&2; exit 1 ;;
  esac
done
echo "two servers, one caller: $ok answered, $limited refused with 429 (limit $limit per minute)"
[ "$ok" -eq "$limit" ] && [ "$limited" -eq 6 ] || { echo "FAILED: the servers did not share the limit" >&2; exit 1; }
echo "PASSED"
