package com.shopassistant.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the API edge (defaults in the ejb module's {@code microprofile-config.properties};
 * each is also an environment variable, e.g. {@code SHOP_CORS_ALLOWED_ORIGINS}).
 */
@ApplicationScoped
public class EdgeConfig {

  /** Browser origins allowed cross-origin, comma-separated {@code scheme://host[:port]}. */
  @Inject
  @ConfigProperty(name = "shop.cors.allowed-origins")
  Optional<String> allowedOrigins;

  /** Largest request body in bytes, for every endpoint but the admin import. */
  @Inject
  @ConfigProperty(name = "shop.max-request-bytes", defaultValue = "1048576")
  long maxRequestBytes;

  /** Largest request body in bytes for {@code POST /api/v1/admin/import}. */
  @Inject
  @ConfigProperty(name = "shop.max-import-bytes", defaultValue = "67108864")
  long maxImportBytes;

  /**
   * Requests a caller may make per minute (the key {@code RateLimitService} counts against); 0
   * turns rate limiting off, and then the filter does not even ask the service.
   */
  @Inject
  @ConfigProperty(name = "shop.rate-limit.requests-per-minute", defaultValue = "100")
  int requestsPerMinute;

  public boolean rateLimited() {
    return requestsPerMinute > 0;
  }

  public CorsPolicy corsPolicy() {
    return CorsPolicy.parse(allowedOrigins.orElse(""));
  }

  public BodySizeLimits bodySizeLimits() {
    return new BodySizeLimits(maxRequestBytes, maxImportBytes);
  }
}
