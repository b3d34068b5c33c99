package com.shopassistant.security;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * 400 {@code unknown-field}: a misspelt field would otherwise be dropped without a word, and the
 * client would believe it had set it. {@code errors} names the field, as validation problems do.
 */
@Provider
public class UnknownFieldExceptionMapper implements ExceptionMapper<UnknownFieldException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(UnknownFieldException exception) {
    return problem(exception.field(), Problem.pathOf(uriInfo)).toResponse();
  }

  static Problem problem(String field, String path) {
    return Problem.of(
            "unknown-field",
            "Unknown field",
            Response.Status.BAD_REQUEST,
            "The request body has a field this endpoint does not know: " + field + ".")
        .at(path)
        .withErrors(List.of(Map.of("field", field, "message", "unknown field")));
  }
}
