package com.shopassistant.assistant;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A turn refused by the tier budget: 429 {@code token-budget-exceeded} with Retry-After. */
@Provider
public class ChatBudgetExceptionMapper implements ExceptionMapper<ChatBudgetExceededException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ChatBudgetExceededException exception) {
    String path = Problem.pathOf(uriInfo);
    return BudgetProblem.of(exception, path).toResponse();
  }
}
