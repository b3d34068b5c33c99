package com.shopassistant.api;

import jakarta.ejb.ConcurrentAccessTimeoutException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps system exceptions (a failed Bean Validation of a service parameter, for
 * one) in {@link EJBException}; answer for the cause, as if the service had thrown it directly. The
 * container's own refusals carry no cause and have answers of their own.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

  static final int RETRY_AFTER_SECONDS = 1;

  @Context Providers providers;
  @Context UriInfo uriInfo;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(EJBException exception) {
    if (exception instanceof EJBAccessException) {
      return problem(
              "forbidden",
              "Forbidden",
              Response.Status.FORBIDDEN,
              "You are not allowed to do this.")
          .toResponse();
    }
    if (exception instanceof ConcurrentAccessTimeoutException) {
      return Response.fromResponse(
              problem(
                      "busy",
                      "Service busy",
                      Response.Status.SERVICE_UNAVAILABLE,
                      "The server is busy; try again shortly.")
                  .toResponse())
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    Throwable cause = exception.getCause() == null ? exception : exception.getCause();
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
    if (mapper == null || mapper instanceof EJBExceptionMapper) {
      mapper = providers.getExceptionMapper(Throwable.class);
    }
    return mapper.toResponse(cause);
  }

  private Problem problem(String slug, String title, Response.Status status, String detail) {
    return Problem.of(slug, title, status, detail).at(Problem.pathOf(uriInfo));
  }
}
