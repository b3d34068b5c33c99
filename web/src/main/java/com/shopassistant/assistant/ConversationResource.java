package com.shopassistant.assistant;

import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's stored conversations; someone else's is answered like an unknown one. */
@Path("/v1/conversations")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

  private static final int MAX_LISTED = 50;

  @Inject ConversationStore conversations;

  @Context SecurityContext security;

  @GET
  @Operation(summary = "The caller's conversations, most recent first (at most 50)")
  @APIResponse(responseCode = "200", description = "Conversations without their messages")
  public List<ConversationView.Summary> list() {
    return conversations.list(Caller.customerId(security), MAX_LISTED).stream()
        .map(
            c ->
                new ConversationView.Summary(
                    c.getId(), c.getTitle(), c.getTurnCount(), c.getUpdatedAt()))
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One of the caller's conversations with its messages")
  @APIResponse(responseCode = "200", description = "The conversation")
  @APIResponse(responseCode = "404", description = "conversation-not-found")
  public ConversationView get(@PathParam("id") String id) throws ConversationNotFoundException {
    String normalised = id.toLowerCase();
    Conversation c =
        conversations
            .find(Caller.customerId(security), normalised)
            .orElseThrow(() -> new ConversationNotFoundException(id));
    ChatResponse.Pending pending =
        c.getPendingToken() == null
            ? null
            : new ChatResponse.Pending(
                c.getPendingToken(),
                c.getPendingAction(),
                c.getPendingSummary(),
                c.getPendingExpiresAt());
    return new ConversationView(
        c.getId(),
        c.getTitle(),
        c.getTurnCount(),
        c.getLanguage(),
        c.getSummary(),
        pending,
        c.getCreatedAt(),
        c.getUpdatedAt(),
        c.getMessages().stream().map(ConversationResource::view).toList());
  }

  private static ConversationView.MessageView view(ChatMessage m) {
    String role =
        switch (m.getRole()) {
          case USER, SYSTEM -> "user";
          case MODEL -> "assistant";
          case TOOL -> "tool";
        };
    List<String> calls =
        AssistantJson.readCalls(m.getCallsJson()).stream().map(FunctionCall::name).toList();
    return new ConversationView.MessageView(
        m.getSeq(),
        role,
        m.getRole() == MessageRole.TOOL ? null : m.getContent(),
        m.getToolName(),
        calls.isEmpty() ? null : calls,
        m.getRole() == MessageRole.TOOL ? AssistantJson.readMap(m.getContent()) : null,
        m.getModel(),
        m.getCreatedAt());
  }
}
