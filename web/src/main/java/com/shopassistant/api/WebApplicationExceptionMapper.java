package com.shopassistant.api;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** JAX-RS's own errors (404 for unknown paths, 405, 406, 415...) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
      // Our own failure: logged with an incident id, answered like any unexpected error.
      UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
      unexpected.uriInfo = uriInfo;
      return unexpected.toResponse(exception);
    }
    String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    Problem problem =
        Problem.of(slug, status.getReasonPhrase(), status, detailFor(exception, status))
            .at(Problem.pathOf(uriInfo));
    Response.ResponseBuilder builder =
        Response.status(status.getStatusCode()).type(Problem.PROBLEM_JSON).entity(problem);
    if (exception instanceof NotAllowedException) {
      builder.allow(original.getAllowedMethods());
    }
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Retry-After")
                  || name.equalsIgnoreCase("WWW-Authenticate")) {
                values.forEach(value -> builder.header(name, value));
              }
            });
    return builder.build();
  }

  private static String detailFor(WebApplicationException e, Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 404 -> "No resource at this path.";
      case 405 -> "This method is not allowed here.";
      case 406 -> "The requested media type cannot be produced.";
      case 415 -> "Send the body as application/json.";
      case 401 -> "Authentication is required.";
      case 403 -> "You are not allowed to do this.";
      default ->
          status.getFamily() == Response.Status.Family.SERVER_ERROR
              ? "The server could not complete the request."
              : "The request could not be processed.";
    };
  }
}
