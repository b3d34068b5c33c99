package com.shopassistant.assistant.gemini;

import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.Part;
import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A streamed answer put together chunk by chunk: text goes to the customer as it comes, the parts
 * are kept (adjacent plain text merged) so the whole content can be sent back like an unstreamed
 * one, and the usage is the last chunk's (Gemini's counts in a stream are running totals).
 */
final class StreamedReply {

  private final List<Part> parts = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private Optional<GenerateContentResponseUsageMetadata> usage = Optional.empty();
  private String finishReason = "none";
  private boolean sawCandidate;
  private GenerateContentResponse firstChunk;

  /** Takes one chunk; its text goes to {@code textDeltas}. */
  void add(GenerateContentResponse chunk, Consumer<String> textDeltas) {
    if (firstChunk == null) {
      firstChunk = chunk;
    }
    if (chunk.usageMetadata().isPresent()) {
      usage = chunk.usageMetadata();
    }
    List<Candidate> candidates = chunk.candidates().orElse(List.of());
    if (candidates.isEmpty()) {
      return;
    }
    sawCandidate = true;
    Candidate candidate = candidates.get(0);
    candidate.finishReason().ifPresent(reason -> finishReason = reason.toString());
    for (Part part : candidate.content().flatMap(Content::parts).orElse(List.of())) {
      String delta = part.thought().orElse(false) ? "" : part.text().orElse("");
      if (!delta.isEmpty()) {
        text.append(delta);
        textDeltas.accept(delta);
      }
      keep(part);
    }
  }

  /** Whether any text has reached the customer: a retry would then repeat it. */
  boolean deliveredText() {
    return text.length() > 0;
  }

  ModelReply reply(String model) throws ModelCallException {
    if (!sawCandidate) {
      // A blocked prompt: the one chunk says why.
      GeminiReplies.firstCandidate(
          firstChunk == null ? GenerateContentResponse.builder().build() : firstChunk);
    }
    List<FunctionCall> calls = GeminiReplies.calls(parts);
    if (text.length() == 0 && calls.isEmpty()) {
      throw new RejectedModelCallException(
          0, "Gemini streamed an empty answer, finish reason " + finishReason, null);
    }
    Content content = Content.builder().role("model").parts(parts).build();
    return new ModelReply(
        text.toString(), calls, GeminiReplies.usage(usage), model, content.toJson());
  }

  /** Appends the part, merging plain text into the plain text before it. */
  private void keep(Part part) {
    if (plainText(part) && !parts.isEmpty() && plainText(parts.get(parts.size() - 1))) {
      Part previous = parts.remove(parts.size() - 1);
      parts.add(Part.fromText(previous.text().orElse("") + part.text().orElse("")));
    } else {
      parts.add(part);
    }
  }

  private static boolean plainText(Part part) {
    return part.text().isPresent()
        && part.thoughtSignature().isEmpty()
        && !part.thought().orElse(false)
        && part.functionCall().isEmpty();
  }
}
