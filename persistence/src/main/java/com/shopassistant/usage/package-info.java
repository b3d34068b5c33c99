/** The token ledger: one row per model call, summed for budgets, rate limits and cost reports. */
package com.shopassistant.usage;
