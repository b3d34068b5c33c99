package com.shopassistant.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON we expect is the client's mistake: 400, not 500. */
@Provider
public class BadJsonExceptionMapper implements ExceptionMapper<JsonException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(JsonException exception) {
    return badJson(uriInfo).toResponse();
  }

  static Problem badJson(UriInfo uriInfo) {
    return Problem.of(
            "malformed-json",
            "Malformed JSON",
            Response.Status.BAD_REQUEST,
            "The request body is not valid JSON of the expected shape.")
        .at(Problem.pathOf(uriInfo));
  }

  /** JSON-B reports binding failures with its own exception type. */
  @Provider
  public static class BindingFailureMapper implements ExceptionMapper<JsonbException> {
    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
      return badJson(uriInfo).toResponse();
    }
  }
}
