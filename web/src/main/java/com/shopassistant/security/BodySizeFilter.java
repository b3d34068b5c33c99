package com.shopassistant.security;

import com.shopassistant.api.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a body over its endpoint's limit ({@link BodySizeLimits}) with 413: at once when {@code
 * Content-Length} says so, otherwise while it is read, through a {@link LimitedInputStream}. Runs
 * after the rate limit, so a refused caller is refused before its body matters.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 20)
@ApplicationScoped
public class BodySizeFilter implements ContainerRequestFilter {

  /** The request property under which the wrapped body is kept, for {@link EntityReadGuard}. */
  static final String LIMITED_STREAM = BodySizeFilter.class.getName() + ".stream";

  @Inject EdgeConfig config;

  private volatile BodySizeLimits limits;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limits().limitFor(request.getUriInfo().getPath());
    if (BodySizeLimits.declaredOver(request.getHeaderString("Content-Length"), limit)) {
      request.abortWith(
          PayloadTooLargeExceptionMapper.problem(limit, Problem.pathOf(request.getUriInfo()))
              .toResponse());
      return;
    }
    // Not hasEntity(): some implementations answer it from the media type, and a chunked body
    // without one must be counted too.
    if (request.getEntityStream() != null) {
      LimitedInputStream limited = new LimitedInputStream(request.getEntityStream(), limit);
      request.setEntityStream(limited);
      request.setProperty(LIMITED_STREAM, limited);
    }
  }

  private BodySizeLimits limits() {
    BodySizeLimits current = limits;
    if (current == null) {
      current = config.bodySizeLimits();
      limits = current;
    }
    return current;
  }
}
