package com.shopassistant.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * How a family's exception mapper answers one kind of refusal: the problem type's slug ({@code
 * urn:shop-assistant:problem:<slug>}), its title and status. A 401 names the scheme to sign in with
 * again.
 */
public record ProblemAnswer(String slug, String title, Response.Status status) {

  /** The problem+json answer with {@code detail}, at the request's path. */
  public Response toResponse(String detail, UriInfo uriInfo) {
    Response response =
        Problem.of(slug, title, status, detail).at(Problem.pathOf(uriInfo)).toResponse();
    if (status == Response.Status.UNAUTHORIZED) {
      return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
    return response;
  }
}
