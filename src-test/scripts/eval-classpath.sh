#!/usr/bin/env bash
# Prints the class path of src-test's compiled tests and their dependencies, for the evaluation
# commands (eval-sessions.sh, tau2-replay.sh). Needs `mvn -pl src-test -am test-compile` (or a
# verify) before.
set -euo pipefail
srctest=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$srctest/.." && pwd)
[ -d "$srctest/target/test-classes/com/shopassistant/it/eval" ] \
  || { echo "compile src-test first: mvn -B -ntp -pl src-test -am -DskipTests test-compile" >&2; exit 2; }
cp_file="$srctest/target/eval-classpath.txt"
(cd "$repo" && mvn -B -ntp -o -q -pl src-test dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file") >/dev/null
echo "$srctest/target/test-classes:$(cat "$cp_file")"
