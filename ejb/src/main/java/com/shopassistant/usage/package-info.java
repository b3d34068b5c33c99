/**
 * Usage limits and the token economy, each counted in PostgreSQL so that every instance enforces
 * the same limit: the per-caller request rate limit, the tier token budgets, the ledger and its
 * prices, and the global limit on model calls (requests and tokens per minute).
 */
package com.shopassistant.usage;
