package com.shopassistant.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean Validation failures list every offending field with its message. */
@Provider
public class ConstraintViolationExceptionMapper
    implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    if (exception.getConstraintViolations().stream().anyMatch(this::isReturnValue)) {
      // A result that breaks its own contract is our bug, not the client's.
      UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
      unexpected.uriInfo = uriInfo;
      return unexpected.toResponse(exception);
    }
    List<Map<String, String>> errors =
        exception.getConstraintViolations().stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(ConstraintViolationExceptionMapper::fieldError)
            .toList();
    return Problem.of(
            "validation-failed",
            "Validation failed",
            Response.Status.BAD_REQUEST,
            errors.size() + " field(s) are not valid.")
        .at(Problem.pathOf(uriInfo))
        .withErrors(errors)
        .toResponse();
  }

  private boolean isReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> fieldError(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // "importStore.arg0.name" -> "name": clients know their fields, not our method names.
    String[] parts = path.split("\\.");
    String field =
        parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : path;
    return Map.of("field", field, "message", violation.getMessage());
  }
}
