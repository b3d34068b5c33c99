#!/usr/bin/env bash
# Backup and restore: pg_dump of the database a load run left (RELIABILITY_DB on 127.0.0.1:5432;
# when it does not exist, reliability-load.sh runs first, RELIABILITY_SECONDS defaulting to 120
# here) -> a new database RELIABILITY_DB_restored -> pg_restore -> the server started on the
# restored database (Flyway finds the schema current) -> health UP, the consistency check passes
# on the restored database, every table holds as many rows as in the original, and a customer of
# the original signs in with their password and sees their orders.
# Exit 0 when all of that holds. The dump is kept in the report directory; the restored database
# is dropped at the end unless RELIABILITY_KEEP_RESTORED=1.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/reliability-lib.sh"
restored=${db}_restored
out=$(report_dir backup-restore)
mkdir -p "$out"
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
pg() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ -z "$(pg -d postgres -c "select 1 from pg_database where datname = '$db'")" ]; then
  echo "== no database $db yet: a short load run first"
  RELIABILITY_SECONDS=${RELIABILITY_SECONDS:-120} "$here/reliability-load.sh" || true
fi
fail() { echo "FAIL: $*" | tee -a "$out/result.txt"; exit 1; }

echo "== pg_dump $db"
started=$(date +%s.%N)
pg_dump -h 127.0.0.1 -U postgres -Fc -f "$out/$db.dump" "$db" || fail "pg_dump"
dumped=$(date +%s.%N)
fresh_database 127.0.0.1 5432 "$restored"
pg_restore -h 127.0.0.1 -U postgres -d "$restored" --no-owner --exit-on-error "$out/$db.dump" \
  || fail "pg_restore"
done_at=$(date +%s.%N)
{
  echo "dump: $(du -h "$out/$db.dump" | cut -f1), $(printf '%.1f' "$(echo "$dumped - $started" | bc)") s"
  echo "restore: $(printf '%.1f' "$(echo "$done_at - $dumped" | bc)") s"
  echo "database size: $(pg -d postgres -c "select pg_size_pretty(pg_database_size('$db'))")"
} | tee "$out/result.txt"

echo "== row counts, original vs restored"
count_rows() {
  pg -d "$1" -c "select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" |
    while read -r table; do
      echo "$table $(pg -d "$1" -c "select count(*) from \"$table\"")"
    done
}
count_rows "$db" > "$out/rows-original.txt"
count_rows "$restored" > "$out/rows-restored.txt"
diff "$out/rows-original.txt" "$out/rows-restored.txt" || fail "row counts differ"
echo "$(wc -l < "$out/rows-original.txt") tables, same row counts" | tee -a "$out/result.txt"

echo "== consistency check on $restored"
psql -h 127.0.0.1 -U postgres -d "$restored" -v ON_ERROR_STOP=1 -v initial_stock=1000000 \
  -f "$here/consistency-check.sql" \
  > "$out/consistency.txt" 2>&1 || { cat "$out/consistency.txt"; fail "consistency check"; }
tail -1 "$out/consistency.txt" | tee -a "$out/result.txt"

echo "== the server on $restored"
cleanup() {
  stop_server
  [ -n "${RELIABILITY_KEEP_RESTORED:-}" ] || pg -d postgres -c "drop database if exists $restored with (force)"
}
trap cleanup EXIT
start_server 5432 "$restored" || fail "server did not become healthy"
health=$(curl -s "localhost:$port/api/v1/health")
echo "health: $health" | tee -a "$out/result.txt"
grep -q '"status":"UP"' <<< "$health" || fail "health not UP"
email=$(pg -d "$restored" -c "select c.email from customer c join customer_order o on o.customer_id = c.id
                              where c.email like 'load-%' group by c.email order by count(*) desc limit 1")
[ -n "$email" ] || fail "no registered customer with orders in the restored database"
expected=$(pg -d "$restored" -c "select count(*) from customer_order o join customer c on c.id = o.customer_id
                                 where c.email = '$email'")
token=$(curl -s -X POST "localhost:$port/api/v1/auth/login" -H 'Content-Type: application/json' \
  -H 'X-Forwarded-For: 10.80.0.1' \
  -d "{\"email\":\"$email\",\"password\":\"load-password-1\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || fail "$email could not sign in on the restored database"
seen=$(curl -s "localhost:$port/api/v1/orders?page=1&size=100" -H "Authorization: Bearer $token" \
  -H 'X-Forwarded-For: 10.80.0.1' | grep -o '"orderNumber"' | wc -l)
echo "customer $email signed in; orders in the API: $seen, in the database: $expected" | tee -a "$out/result.txt"
[ "$seen" = "$expected" ] || fail "the API shows $seen orders, the database has $expected"
echo "PASS" | tee -a "$out/result.txt"
echo "results: $out"
