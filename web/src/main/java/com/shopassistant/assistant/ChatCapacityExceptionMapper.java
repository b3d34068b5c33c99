package com.shopassistant.assistant;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A turn refused by the global model limit: 503 {@code model-capacity-exceeded} with Retry-After.
 */
@Provider
public class ChatCapacityExceptionMapper implements ExceptionMapper<ChatCapacityExceededException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ChatCapacityExceededException exception) {
    String path = Problem.pathOf(uriInfo);
    return CapacityProblem.of(exception, path).toResponse();
  }
}
