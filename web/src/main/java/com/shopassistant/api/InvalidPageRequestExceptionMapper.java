package com.shopassistant.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bad {@code page}/{@code size}: the same {@code validation-failed} answer as a bad body field. */
@Provider
public class InvalidPageRequestExceptionMapper
    implements ExceptionMapper<InvalidPageRequestException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidPageRequestException exception) {
    return Problem.of(
            "validation-failed",
            "Validation failed",
            Response.Status.BAD_REQUEST,
            exception.errors().size() + " field(s) are not valid.")
        .at(Problem.pathOf(uriInfo))
        .withErrors(exception.errors())
        .toResponse();
  }
}
