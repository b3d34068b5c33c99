/**
 * The store written back out as a snapshot file in the τ²-bench retail {@code db.json} format (the
 * format the importer reads, without our extensions): products with their variants, customers with
 * their address, payment methods and gift-card balances, orders with status, items, fulfilments,
 * payment history and requested returns or exchanges. An evaluation compares it with τ²-bench's own
 * expected state; a file imported into an empty store comes back equal (modulo key order).
 */
package com.shopassistant.exporter;
