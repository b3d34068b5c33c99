#!/usr/bin/env bash
# Runs the Gemini fake on its own, for benchmarks and the evaluation runner; script it over HTTP
# under /_fake/ (docs/testing-with-the-gemini-fake.md). Compiles it first if needed (REBUILD=1 to
# force). Options go to GeminiFakeMain, e.g.:
#   scripts/gemini-fake.sh --port 9299 --latency-ms 300 --fault-rate 0.3 --fault-seed 7
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}
main=com.shopassistant.it.gemini.GeminiFakeMain
if [ "${REBUILD:-0}" = 1 ] \
  || [ ! -f "$root/src-test/target/test-classes/${main//.//}.class" ] \
  || [ ! -f "$root/ejb/target/classes/com/shopassistant/usage/TokenEstimate.class" ]; then
  (cd "$root" && mvn -B -ntp -o -q -pl src-test -am test-compile -DskipTests)
fi
classpath="$root/src-test/target/test-classes:$root/ejb/target/classes"
classpath="$classpath:$repo/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar"
classpath="$classpath:$repo/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar"
exec java -cp "$classpath" "$main" "$@"
