/**
 * The reliability runs of docs/reliability.md: {@link com.shopassistant.it.reliability.LoadRun}
 * drives 100 simulated customers against a running server (plain load, model faults, a database
 * restart), samples the server's /metrics and judges the run against the pass rules of {@link
 * com.shopassistant.it.reliability.LoadRules}. Started by src-test/scripts/reliability-*.sh.
 */
package com.shopassistant.it.reliability;
