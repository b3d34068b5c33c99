package com.shopassistant.assistant;

import com.shopassistant.api.ProblemAnswer;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown conversation, or another customer's: 404, the same answer for both. */
@Provider
public class ConversationExceptionMapper implements ExceptionMapper<ConversationNotFoundException> {

  private static final ProblemAnswer NOT_FOUND =
      new ProblemAnswer(
          "conversation-not-found", "Conversation not found", Response.Status.NOT_FOUND);

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConversationNotFoundException exception) {
    return NOT_FOUND.toResponse(exception.getMessage(), uriInfo);
  }
}
