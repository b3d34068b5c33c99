package com.shopassistant.assistant;

import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.ops.RequestFacts;
import com.shopassistant.ops.RequestLog;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Chat with the assistant as the caller. The conversation's owner is the token's customer; a
 * conversation id of someone else is answered like an unknown one (404).
 */
@Path("/v1/chat")
@RolesAllowed(Roles.CUSTOMER)
@Consumes(MediaType.APPLICATION_JSON)
public class ChatResource {

  @Inject ChatService chat;

  // The request log line names the conversation and the turn's Gemini tokens.
  @Inject RequestFacts facts;
  @Inject RequestLog requestLog;

  @Context SecurityContext security;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a message; the assistant answers with tools run on store data")
  @APIResponse(responseCode = "200", description = "The answer, tool calls, pending confirmation")
  @APIResponse(responseCode = "400", description = "Invalid body (validation-failed)")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "conversation-not-found")
  @APIResponse(
      responseCode = "429",
      description = "token-budget-exceeded: the tier's daily or monthly budget is used up")
  @APIResponse(
      responseCode = "503",
      description = "model-capacity-exceeded: the global model limit is reached; see Retry-After")
  public ChatResponse send(@Valid @NotNull ChatRequest request)
      throws ConversationNotFoundException,
          UnknownCustomerException,
          ChatBudgetExceededException,
          ChatCapacityExceededException {
    ChatCommand command = commandOf(request);
    facts.session(command.conversationId());
    ChatAnswer answer = chat.chat(command, ChatListener.NONE);
    observe(answer);
    return ChatResponse.of(answer);
  }

  @POST
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary = "Send a message; the answer streams as server-sent events",
      description =
          "Events: conversation {conversationId}, text {delta}, tool {name, ok, summary},"
              + " confirmation {token, action, summary, expiresAt}, usage {...},"
              + " done {the whole answer as POST /chat returns it}, error {problem}.")
  @APIResponse(responseCode = "200", description = "An event stream")
  @APIResponse(responseCode = "400", description = "Invalid body (validation-failed)")
  @APIResponse(responseCode = "404", description = "conversation-not-found")
  public void stream(
      @Valid @NotNull ChatRequest request, @Context SseEventSink sink, @Context Sse sse)
      throws ConversationNotFoundException {
    ChatCommand command = commandOf(request);
    // Checked before the first event, so an unknown conversation is a plain 404.
    chat.requireOwned(command.customerId(), command.conversationId());
    facts.session(command.conversationId());
    facts.endsWithStream();
    try {
      new ChatEventStream(chat, sse, sink).run(command).ifPresent(this::observe);
    } finally {
      requestLog.streamEnded(facts);
    }
  }

  private void observe(ChatAnswer answer) {
    facts.session(answer.conversationId());
    facts.geminiTokens(answer.usage().input(), answer.usage().output());
  }

  private ChatCommand commandOf(ChatRequest request) {
    return new ChatCommand(
        Caller.customerId(security),
        request.conversationId() == null ? null : request.conversationId().toLowerCase(),
        request.message().strip(),
        request.confirmationToken());
  }
}
