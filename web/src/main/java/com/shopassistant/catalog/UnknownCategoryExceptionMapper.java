package com.shopassistant.catalog;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** An unknown {@code category} is a bad parameter like any other: {@code validation-failed}. */
@Provider
public class UnknownCategoryExceptionMapper implements ExceptionMapper<UnknownCategoryException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(UnknownCategoryException exception) {
    return Problem.of(
            "validation-failed",
            "Validation failed",
            Response.Status.BAD_REQUEST,
            "1 field(s) are not valid.")
        .at(Problem.pathOf(uriInfo))
        .withErrors(List.of(fieldError(exception)))
        .toResponse();
  }

  static Map<String, String> fieldError(UnknownCategoryException exception) {
    String message = "no category has the slug '" + exception.slug() + "' (see /api/v1/categories)";
    return Map.of("field", "category", "message", message);
  }
}
