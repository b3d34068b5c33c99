package com.shopassistant.assistant.offline;

import com.shopassistant.assistant.model.ChatModel;
import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.assistant.model.ModelUsage;
import com.shopassistant.assistant.tool.ToolDeclaration;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The assistant that answers without a model: when no Gemini key is configured, and as the last
 * link of the fallback chain. Called like Gemini, once per step of a turn, it reads the history
 * (this turn's message, then the calls and results so far) and either calls one tool, with the same
 * names and arguments the model would use, or gives the final text built from the results. It keeps
 * no state and never throws: a failure of its own is an apology, not an error page.
 */
@ApplicationScoped
public class OfflineAssistant implements ChatModel {

  /** The model name its replies carry (metrics, the ledger, the chat answer). */
  public static final String MODEL = "offline";

  /** Its own cap on calls in one turn; the chat loop caps too. */
  static final int MAX_CALLS_PER_TURN = 4;

  private static final Logger LOG = Logger.getLogger(OfflineAssistant.class.getName());

  @Override
  public ModelReply generate(ModelRequest request) {
    String language = request.language();
    try {
      Memory memory = new Memory(request.history());
      language = Language.of(memory.userText(), memory.earlierUserTexts(), request.language());
      Turn turn = new Turn(memory, language, offered(request.tools()));
      Intent intent = TurnPlanner.understand(memory);
      return reply(turn, TurnPlanner.next(intent, turn, request.history()));
    } catch (RuntimeException e) {
      // The class and place only: the exception's message may quote the customer's words.
      StackTraceElement[] where = e.getStackTrace();
      LOG.log(
          Level.WARNING,
          "Offline assistant failed: {0} at {1}",
          new Object[] {e.getClass().getName(), where.length > 0 ? where[0] : "?"});
      return text(Texts.format(language, Phrase.INTERNAL_ERROR));
    }
  }

  private static ModelReply reply(Turn turn, Step step) {
    if (!step.isCall()) {
      return text(step.text());
    }
    List<Memory.Outcome> done = turn.memory.turn();
    boolean repeated =
        done.stream().anyMatch(o -> o.tool().equals(step.tool()) && o.args().equals(step.args()));
    if (done.size() >= MAX_CALLS_PER_TURN || repeated) {
      // Stop where we are and say what the last result holds rather than loop.
      return text(
          done.isEmpty()
              ? turn.say(Phrase.UNKNOWN)
              : Replies.outcome(turn, done.get(done.size() - 1)));
    }
    if (!turn.offers(step.tool())) {
      return text(turn.say(Phrase.TOOL_UNAVAILABLE));
    }
    FunctionCall call = new FunctionCall("offline-" + UUID.randomUUID(), step.tool(), step.args());
    return new ModelReply("", List.of(call), ModelUsage.NONE, MODEL, null);
  }

  private static ModelReply text(String text) {
    return new ModelReply(text, List.of(), ModelUsage.NONE, MODEL, null);
  }

  private static Set<String> offered(List<ToolDeclaration> tools) {
    return tools.stream().map(ToolDeclaration::name).collect(Collectors.toSet());
  }
}
