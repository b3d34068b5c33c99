#!/usr/bin/env bash
# Model faults: the load of reliability-load.sh while the Gemini fake fails RELIABILITY_FAULT_RATE
# (0.3) of model calls, in equal shares 429, 500, 503 and no answer at all (the call times out).
# After the run the fake is healed and, once the circuit's delay has passed, a few chats let it
# close. Pass (exit 0): every chat turn answered (Gemini after retries, or the fallback chain down
# to the offline assistant), the circuit breaker opened and closed again (ft_* metrics), no turn
# longer than the timeout budget computed from GeminiCalls' Fault Tolerance settings, no Gemini
# call longer than one attempt's timeout, non-chat API p95 < 500 ms, no leak.
# Settings: see reliability-lib.sh; RELIABILITY_FAULT_SEED (10). Report: docs/reliability.md.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/reliability-lib.sh"
"$repo/scripts/ensure-postgres.sh" 127.0.0.1 5432
fresh_database 127.0.0.1 5432 "$db"
trap stop_server EXIT
start_server 5432 "$db"
out=$(report_dir model-faults)
rc=0
run_driver model-faults "$out" -Dload.server.pid="$(server_pid)" \
  -Dload.fault.rate="${RELIABILITY_FAULT_RATE:-0.3}" -Dload.fault.seed="${RELIABILITY_FAULT_SEED:-10}" || rc=$?
grep -E '^(gemini_calls_total|assistant_fallbacks_total|ft_circuitbreaker_opened_total|ft_retry_retries_total)' \
  "$out/metrics-final.txt" > "$out/fault-metrics.txt" || true
echo "results: $out"
exit $rc
