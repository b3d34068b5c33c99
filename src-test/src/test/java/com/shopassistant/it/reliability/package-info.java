/**
 * The reliability suite of docs/reliability.md. Its fast part runs in the test suite: hostile
 * callers against the API — one customer naming another's ids on every resource, malformed,
 * oversized and injected input — with a victim whose data must never show up in what the attacker
 * gets. Its long runs are started by src-test/scripts/reliability-*.sh: {@link
 * com.shopassistant.it.reliability.LoadRun} drives 100 simulated customers against a running server
 * (plain load, model faults, a database restart), samples the server's /metrics and judges the run
 * against the pass rules of {@link com.shopassistant.it.reliability.LoadRules}.
 */
package com.shopassistant.it.reliability;
