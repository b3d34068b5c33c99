/**
 * Usage limits enforced for every caller: the per-caller request rate limit, counted in PostgreSQL
 * so that every instance enforces the same limit (later: token budgets and cost).
 */
package com.shopassistant.usage;
