/**
 * Container tests of operations: the Cloud Run probe and health checks, the metrics at {@code
 * /metrics} and the structured request log in the server's {@code messages.log}.
 */
package com.shopassistant.it.ops;
