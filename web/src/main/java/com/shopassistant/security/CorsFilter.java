package com.shopassistant.security;

import com.shopassistant.api.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS for the configured origins ({@link CorsPolicy}). Preflights are answered here, before
 * resource matching, authentication and the rate limit (so they cost no request of the caller's
 * limit): 204 for an allowed origin, 403 problem+json for any other. Actual requests from an
 * allowed origin get the allow headers on their response; other origins get none, and the browser
 * keeps the response from the page.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  @Inject EdgeConfig config;

  private volatile CorsPolicy policy;

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (!CorsPolicy.isPreflight(
        request.getMethod(), origin, request.getHeaderString("Access-Control-Request-Method"))) {
      return;
    }
    if (!policy().allows(origin)) {
      request.abortWith(
          Problem.of(
                  "origin-not-allowed",
                  "Origin not allowed",
                  Response.Status.FORBIDDEN,
                  "Cross-origin requests from this origin are not allowed.")
              .at(Problem.pathOf(request.getUriInfo()))
              .toResponse());
      return;
    }
    Response.ResponseBuilder preflight = Response.noContent();
    policy().preflightHeaders(origin).forEach(preflight::header);
    preflight.header(
        "Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    request.abortWith(preflight.build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    if (headers.containsKey("Access-Control-Allow-Origin")) {
      return; // a preflight answered above
    }
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      return;
    }
    // Caches must not serve one origin's answer to another.
    headers.add("Vary", "Origin");
    policy().responseHeaders(origin).forEach(headers::putSingle);
  }

  private CorsPolicy policy() {
    CorsPolicy current = policy;
    if (current == null) {
      current = config.corsPolicy();
      policy = current;
    }
    return current;
  }
}
