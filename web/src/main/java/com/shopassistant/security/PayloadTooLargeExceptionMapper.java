package com.shopassistant.security;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 {@code payload-too-large}, with the limit in {@code detail}. */
@Provider
public class PayloadTooLargeExceptionMapper implements ExceptionMapper<PayloadTooLargeException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(PayloadTooLargeException exception) {
    return problem(exception.limit(), Problem.pathOf(uriInfo)).toResponse();
  }

  static Problem problem(long limit, String path) {
    return Problem.of(
            "payload-too-large",
            "Payload too large",
            Response.Status.REQUEST_ENTITY_TOO_LARGE,
            PayloadTooLargeException.detail(limit))
        .at(path);
  }
}
