package com.shopassistant.ops;

/**
 * Fired (asynchronously) once the schema is current, at start-up or on a later successful retry, so
 * work that needs the tables can start then instead of being skipped.
 *
 * @param schemaVersion the applied schema version
 */
public record SchemaReady(String schemaVersion) {}
