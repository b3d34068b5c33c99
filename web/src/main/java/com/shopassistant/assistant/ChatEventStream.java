package com.shopassistant.assistant;

import com.shopassistant.api.Problem;
import com.shopassistant.assistant.tool.PendingAction;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One streamed turn: the listener turns what the chat service hears into server-sent events, in the
 * order they happen; the stream always ends with {@code done} or {@code error}.
 */
final class ChatEventStream implements ChatListener {

  private static final Logger LOG = Logger.getLogger(ChatEventStream.class.getName());

  private final ChatService chat;
  private final Sse sse;
  private final SseEventSink sink;

  ChatEventStream(ChatService chat, Sse sse, SseEventSink sink) {
    this.chat = chat;
    this.sse = sse;
    this.sink = sink;
  }

  /** Streams the turn; its answer, or empty when the stream ended with an error event. */
  Optional<ChatAnswer> run(ChatCommand command) {
    // The sink closes after the error event: a try-with-resources' own catch runs after close.
    try (sink) {
      return answer(command);
    }
  }

  private Optional<ChatAnswer> answer(ChatCommand command) {
    try {
      ChatAnswer answer = chat.chat(command, this);
      TurnUsage usage = answer.usage();
      send("usage", ChatResponse.of(answer).usage());
      send("done", ChatResponse.of(answer));
      LOG.log(Level.FINE, "Streamed a turn of {0} model calls", usage.modelCalls());
      return Optional.of(answer);
    } catch (ConversationNotFoundException e) {
      send(
          "error",
          Problem.of(
              "conversation-not-found",
              "Conversation not found",
              Response.Status.NOT_FOUND,
              e.getMessage()));
    } catch (ChatBudgetExceededException e) {
      send("error", BudgetProblem.of(e, null));
    } catch (ChatCapacityExceededException e) {
      send("error", CapacityProblem.of(e, null));
    } catch (Exception e) {
      LOG.log(Level.WARNING, "A streamed chat turn failed", e);
      send(
          "error",
          Problem.of(
              "chat-failed",
              "The assistant could not answer",
              Response.Status.SERVICE_UNAVAILABLE,
              "Please try again in a moment."));
    }
    return Optional.empty();
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public void started(String conversationId) {
    send("conversation", Map.of("conversationId", conversationId));
  }

  @Override
  public void text(String delta) {
    send("text", Map.of("delta", delta));
  }

  @Override
  public void toolCall(ToolCallView call) {
    send("tool", call);
  }

  @Override
  public void pending(PendingAction pending) {
    send("confirmation", ChatResponse.Pending.of(pending));
  }

  private void send(String name, Object data) {
    if (sink.isClosed()) {
      return; // the client went away; the turn still completes and is stored
    }
    sink.send(
            sse.newEventBuilder()
                .name(name)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(data.getClass(), data)
                .build())
        .whenComplete(
            (sent, failure) -> {
              if (failure != null) {
                LOG.log(Level.WARNING, "Could not send the " + name + " event", failure);
              }
            });
  }
}
