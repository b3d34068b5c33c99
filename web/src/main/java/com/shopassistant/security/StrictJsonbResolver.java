package com.shopassistant.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON-B instance JAX-RS binds bodies with: unknown properties fail the binding (and become 400
 * {@code unknown-field}, see {@link EntityReadGuard}) instead of being silently dropped, and
 * integer fields take whole numbers only ({@link WholeNumbers}). Otherwise JSON-B's defaults, so
 * answers look as they did.
 */
@Provider
public class StrictJsonbResolver implements ContextResolver<Jsonb> {

  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private volatile Jsonb jsonb;

  @Override
  public Jsonb getContext(Class<?> type) {
    Jsonb current = jsonb;
    if (current == null) {
      synchronized (this) {
        current = jsonb;
        if (current == null) {
          current = JsonbBuilder.create(config());
          jsonb = current;
        }
      }
    }
    return current;
  }

  static JsonbConfig config() {
    return new JsonbConfig()
        .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
        .withDeserializers(WholeNumbers.INTEGERS, WholeNumbers.LONGS);
  }
}
