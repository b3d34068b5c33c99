package com.shopassistant.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * The EJB container wraps system exceptions (a failed Bean Validation of a service parameter, for
 * one) in {@link EJBException}; answer for the cause, as if the service had thrown it directly.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

  @Context Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(EJBException exception) {
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
}
