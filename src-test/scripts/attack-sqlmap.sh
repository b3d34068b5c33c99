#!/usr/bin/env bash
# sqlmap (Debian's package) against the catalog search and the cart endpoints of a running server,
# as a signed-in guest. Exits 1 if sqlmap reports any injectable parameter or the server answers any
# probe with a 500, 0 if neither, 2 on a setup error. Not part of `mvn verify` (minutes, not seconds); see docs/reliability.md.
#   attack-sqlmap.sh [BASE_URL]              BASE_URL or $ATTACK_URL, default http://127.0.0.1:9080
# Settings (environment): ATTACK_LEVEL (3) and ATTACK_RISK (2): sqlmap's --level/--risk;
# ATTACK_TECHNIQUE (BEUS: boolean, error, union, stacked; time-based is left out because a loaded
# machine makes it report false positives); ATTACK_ADMIN_PASSWORD (eval-admin) to import a
# two-item catalog when the store is empty; ATTACK_OUT (a temp dir) for sqlmap's logs.
# The server's rate limit must allow sqlmap's thousands of requests: start it with the limit off
# (SHOP_RATE_LIMIT_REQUESTS_PER_MINUTE=0), e.g.
#   SHOP_RATE_LIMIT_REQUESTS_PER_MINUTE=0 src-test/scripts/eval-server.sh start
#   src-test/scripts/attack-sqlmap.sh http://127.0.0.1:9080
#   src-test/scripts/eval-server.sh stop
set -euo pipefail
base=${1:-${ATTACK_URL:-http://127.0.0.1:9080}}
base=${base%/}
level=${ATTACK_LEVEL:-3}
risk=${ATTACK_RISK:-2}
technique=${ATTACK_TECHNIQUE:-BEUS}
out=${ATTACK_OUT:-$(mktemp -d /tmp/attack-sqlmap.XXXXXX)}
mkdir -p "$out"
command -v sqlmap >/dev/null || { echo "sqlmap is not installed (apt-get install sqlmap)" >&2; exit 2; }

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
health=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/health")
[ "$health" = 200 ] || { echo "no healthy server at $base (health: $health)" >&2; exit 2; }

token=$(curl -sf -X POST "$base/api/v1/auth/guest" -H 'Content-Type: application/json' -d '{}' \
  | json 'd["accessToken"]')
auth="Authorization: Bearer $token"

item=$(curl -sf "$base/api/v1/products?size=1" | json 'd["items"][0]["code"] if d["items"] else ""')
if [ -z "$item" ]; then
  admin=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"admin\",\"password\":\"${ATTACK_ADMIN_PASSWORD:-eval-admin}\"}" \
    | json 'd["accessToken"]')
  curl -sf -X POST "$base/api/v1/admin/import" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $admin" -o /dev/null -d '{"products": {"SQLMAP-P": {
      "product_id": "SQLMAP-P", "name": "Sqlmap Desk Lamp", "variants": {
      "SQLMAP-1": {"item_id": "SQLMAP-1", "options": {"color": "white"}, "price": 10, "stock": 50},
      "SQLMAP-2": {"item_id": "SQLMAP-2", "options": {"color": "black"}, "price": 10, "stock": 50}}}},
      "vouchers": [{"code": "SQLMAP5", "description": "sqlmap", "discount_type": "FIXED_AMOUNT",
      "discount_value": 5, "valid_from": "2025-01-01", "min_spend": 0}]}'
  item=SQLMAP-P
fi
code=$(curl -sf "$base/api/v1/products/$item" | json 'd["variants"][0]["itemCode"]')
category=$(curl -sf "$base/api/v1/categories" | json 'd[0]["slug"] if d else "none"')
search="$base/api/v1/products?q=lamp&category=$category&sort=relevance&minPrice=1&maxPrice=100&inStock=true&page=1&size=5"
# The search must answer 200 as asked, or sqlmap would only ever compare refusals.
[ "$(curl -s -o /dev/null -w '%{http_code}' "$search")" = 200 ] \
  || { echo "the search $search does not answer 200" >&2; exit 2; }
line=$(curl -sf -X POST "$base/api/v1/cart/lines" -H "$auth" -H 'Content-Type: application/json' \
  -d "{\"itemCode\":\"$code\",\"quantity\":1}" | json 'd["lines"][0]["id"]')
echo "server $base, guest token, item $code, cart line $line; sqlmap level $level risk $risk" \
  "technique $technique; logs in $out"

common=(--batch --flush-session --disable-coloring --level="$level" --risk="$risk"
  --technique="$technique" --dbms=PostgreSQL --output-dir="$out" -H "$auth"
  --ignore-code=400,404,409,415)
# name | sqlmap arguments (a * marks a path segment to test)
targets=(
  "search|-u $search"
  "product|-u $base/api/v1/products/${item}*"
  "cart-add|-u $base/api/v1/cart/lines --method=POST --data={\"itemCode\":\"$code\",\"quantity\":1} -H Content-Type:application/json"
  "cart-line|-u $base/api/v1/cart/lines/${line}* --method=PUT --data={\"quantity\":2} -H Content-Type:application/json"
  "cart-voucher|-u $base/api/v1/cart/voucher --method=PUT --data={\"code\":\"SQLMAP5\"} -H Content-Type:application/json"
)
found=0
for target in "${targets[@]}"; do
  name=${target%%|*}
  read -r -a args <<<"${target#*|}"
  log="$out/$name.log"
  echo "== $name"
  sqlmap "${common[@]}" "${args[@]}" >"$log" 2>&1 || true
  errors=$(grep -A1 "HTTP error codes detected" "$log" | tail -1)
  if grep -q "identified the following injection point" "$log"; then
    echo "   INJECTABLE: see $log"
    grep -A6 "identified the following injection point" "$log" | sed 's/^/   /'
    found=1
  elif [[ "$errors" == *"500 (Internal Server Error)"* ]]; then
    echo "   the server answered 500 to some probes ($errors): see $log"
    found=1
  elif grep -qE "all tested parameters do not appear to be injectable|do not appear to be injectable" "$log"; then
    echo "   not injectable ($(grep -c "testing '" "$log") tests; answers: ${errors:-all 2xx})"
  else
    echo "   sqlmap ended without a verdict: see $log"
    tail -5 "$log" | sed 's/^/   /'
    found=1
  fi
done
if [ "$found" = 0 ]; then
  echo "PASS: sqlmap found no injectable parameter"
else
  echo "FAIL: see above"
fi
exit "$found"
