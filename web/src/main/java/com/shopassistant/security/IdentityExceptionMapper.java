package com.shopassistant.security;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused sign-ins and registrations as problem+json; a refused refresh also clears the cookie. */
@Provider
public class IdentityExceptionMapper implements ExceptionMapper<IdentityException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(IdentityException e) {
    Response.Status status = Response.Status.fromStatusCode(e.status());
    Problem problem =
        Problem.of(e.problemType(), e.title(), status, e.getMessage()).at(Problem.pathOf(uri));
    Response.ResponseBuilder answer =
        Response.status(status).type(Problem.PROBLEM_JSON).entity(problem);
    if (status == Response.Status.UNAUTHORIZED) {
      answer.header("WWW-Authenticate", "Bearer realm=\"shop-assistant\"");
    }
    if (e instanceof RefreshRefusedException) {
      answer.cookie(RefreshCookie.expired(uri));
    }
    return answer.build();
  }
}
