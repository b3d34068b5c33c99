package com.shopassistant.security;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A request body over its endpoint's limit; answered as 413 {@code payload-too-large}. */
public class PayloadTooLargeException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public PayloadTooLargeException(long limit) {
    super("request body over " + limit + " bytes", Response.Status.REQUEST_ENTITY_TOO_LARGE);
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** The human part of the answer, naming the limit in the unit people think in. */
  public static String detail(long limit) {
    return "The request body is larger than this endpoint accepts (" + readable(limit) + ").";
  }

  static String readable(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
