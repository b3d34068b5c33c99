package com.shopassistant.security;

import java.util.OptionalLong;

/**
 * The largest request body each endpoint accepts: {@code shop.max-request-bytes} everywhere, {@code
 * shop.max-import-bytes} for the admin import (a whole store file).
 *
 * @param defaultBytes the limit of every endpoint but the import
 * @param importBytes the limit of {@code POST /api/v1/admin/import}
 */
public record BodySizeLimits(long defaultBytes, long importBytes) {

  static final String IMPORT_PATH = "v1/admin/import";

  /** The limit for a path relative to {@code /api}, with or without a leading slash. */
  public long limitFor(String path) {
    return IMPORT_PATH.equals(RateLimitFilter.stripSlashes(path)) ? importBytes : defaultBytes;
  }

  /** Whether a declared {@code Content-Length} is over the limit already (unparsable: not here). */
  public static boolean declaredOver(String contentLength, long limit) {
    OptionalLong declared = parse(contentLength);
    return declared.isPresent() && declared.getAsLong() > limit;
  }

  private static OptionalLong parse(String contentLength) {
    if (contentLength == null || contentLength.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(contentLength.trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
