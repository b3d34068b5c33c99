package com.shopassistant.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is stable and documented in {@code docs/problems.md};
 * {@code detail} is written for people and never carries stack traces, SQL or secrets.
 *
 * @param type a stable URN naming the kind of problem
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time
 * @param instance the request path
 * @param errors field-level errors, for validation problems
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<Map<String, String>> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
  public static final String TYPE_PREFIX = "urn:shop-assistant:problem:";

  /** A problem whose type is {@code urn:shop-assistant:problem:<slug>}. */
  public static Problem of(String slug, String title, Response.StatusType status, String detail) {
    return new Problem(TYPE_PREFIX + slug, title, status.getStatusCode(), detail, null, null);
  }

  /**
   * The request's path, for {@code instance}; null without a request, or when its URI does not
   * parse: the container passes a raw {@code "} in a path, {@link java.net.URI} refuses it, and the
   * problem must still be written (sqlmap's probes got Liberty's HTML 500 page).
   */
  public static String pathOf(UriInfo uriInfo) {
    if (uriInfo == null) {
      return null;
    }
    try {
      return uriInfo.getRequestUri().getPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public Problem withErrors(List<Map<String, String>> fieldErrors) {
    return new Problem(type, title, status, detail, instance, fieldErrors);
  }

  public Response toResponse() {
    return Response.status(status).type(PROBLEM_JSON).entity(this).build();
  }
}
