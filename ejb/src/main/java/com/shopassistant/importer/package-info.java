/**
 * Bulk loading of a whole store: the snapshot file format (the τ²-bench retail {@code db.json} plus
 * our optional extensions, see {@code docs/import-format.md}), its reader, the idempotent importer
 * that upserts a snapshot by business keys, the deterministic demo store and the start-up loader
 * that ties them to configuration.
 *
 * <p>The reader and the demo generator produce the same immutable records ({@link
 * com.shopassistant.importer.StoreSnapshot} and friends), so everything that reaches the database
 * passes the same checks.
 */
package com.shopassistant.importer;
