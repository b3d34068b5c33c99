package com.shopassistant.confirmation;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused confirmation tokens: 404 {@code confirmation-not-found}, 409 expired or mismatched. */
@Provider
public class ConfirmationExceptionMapper implements ExceptionMapper<ConfirmationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConfirmationException exception) {
    Problem problem =
        switch (exception.kind()) {
          case NOT_FOUND ->
              Problem.of(
                  "confirmation-not-found",
                  "Confirmation not found",
                  Response.Status.NOT_FOUND,
                  exception.getMessage());
          case EXPIRED ->
              Problem.of(
                  "confirmation-expired",
                  "Confirmation expired",
                  Response.Status.CONFLICT,
                  exception.getMessage());
          case WRONG_ACTION ->
              Problem.of(
                  "confirmation-mismatch",
                  "Confirmation for another action",
                  Response.Status.CONFLICT,
                  exception.getMessage());
        };
    return problem.at(Problem.pathOf(uriInfo)).toResponse();
  }
}
