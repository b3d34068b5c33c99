#!/usr/bin/env bash
# Plays the scripted sessions against a RUNNING server and writes the report (docs/evaluation.md).
# The server must call this command's Gemini fake: start it with
#   GEMINI_API_KEY=<any> GEMINI_BASE_URL=http://127.0.0.1:$EVAL_FAKE_PORT
# Settings (environment):
#   EVAL_URL            the server's root (http://127.0.0.1:9080/)
#   EVAL_ADMIN_PASSWORD the administrator's password, to import the scripts' small catalog
#   EVAL_FAKE_PORT      where the fake listens (9299)
#   EVAL_LATENCY_MS     how long the fake takes per model call (0: at once, so times are the server's)
#   EVAL_SESSIONS       a directory of session scripts (default: the shipped ones, EN and ID)
#   EVAL_OUT            the report's directory (src-test/target/eval)
#   EVAL_GATES=1        exit 1 when a token gate is exceeded or a check fails
# Gates are changed with JAVA_OPTS, e.g. JAVA_OPTS='-Deval.gate.full_purchase=19000'.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
classpath=$("$here/eval-classpath.sh")
args=(--url "${EVAL_URL:-http://127.0.0.1:9080/}" --fake-port "${EVAL_FAKE_PORT:-9299}"
      --out "${EVAL_OUT:-$here/../target/eval}" --latency-ms "${EVAL_LATENCY_MS:-0}")
if [ -n "${EVAL_ADMIN_PASSWORD:-}" ]; then args+=(--admin-password "$EVAL_ADMIN_PASSWORD"); else args+=(--no-catalog); fi
[ -n "${EVAL_SESSIONS:-}" ] && args+=(--sessions "$EVAL_SESSIONS")
[ -n "${EVAL_GATES:-}" ] && args+=(--gates)
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -cp "$classpath" com.shopassistant.it.eval.SessionRunner "${args[@]}"
