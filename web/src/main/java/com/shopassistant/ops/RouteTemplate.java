package com.shopassistant.ops;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.regex.Pattern;

/**
 * The route a request matched, as its template ({@code /api/v1/products/{idOrCode}}), never the raw
 * path: the path carries ids, order numbers and whatever a client invents, which would make a new
 * label value (and a new time series) per request. Requests no resource method matched share one
 * value, {@link #UNMATCHED}.
 */
public final class RouteTemplate {

  /** The endpoint of a request no resource method matched (404, 405, or refused before that). */
  public static final String UNMATCHED = "unmatched";

  /** The JAX-RS application path of the API ({@code ShopApiApplication}). */
  static final String API_ROOT = "/api";

  // "{id: [0-9]+}" -> "{id}": the regular expression is not part of the name.
  private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");
  private static final Pattern SLASHES = Pattern.compile("/{2,}");

  private RouteTemplate() {}

  /** The template of a resource method, or {@link #UNMATCHED} when there is none. */
  public static String of(Class<?> resourceClass, Method method) {
    if (resourceClass == null || method == null) {
      return UNMATCHED;
    }
    return join(API_ROOT, pathOf(resourceClass.getAnnotation(Path.class)), pathOf(method));
  }

  private static String pathOf(Method method) {
    return pathOf(method.getAnnotation(Path.class));
  }

  private static String pathOf(Path path) {
    return path == null ? "" : path.value();
  }

  /** The segments joined by single slashes, with a leading one and no trailing one. */
  static String join(String... parts) {
    String joined = SLASHES.matcher("/" + String.join("/", parts)).replaceAll("/");
    joined = PARAMETER_REGEX.matcher(joined).replaceAll("{$1}");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
