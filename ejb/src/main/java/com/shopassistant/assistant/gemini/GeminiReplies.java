package com.shopassistant.assistant.gemini;

import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.Part;
import com.shopassistant.assistant.model.FunctionCall;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.assistant.model.ModelUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gemini's answer as a {@link ModelReply}: the text parts joined (thought summaries left out), the
 * function calls in order, the usage, and the candidate's content JSON to send back unchanged.
 *
 * <p>An answer with neither text nor a function call (a blocked prompt, a candidate stopped for
 * safety, an empty STOP, a malformed call) is a {@link RejectedModelCallException}: showing the
 * customer an empty bubble helps nobody, and the caller's fallback can answer instead.
 */
final class GeminiReplies {

  private GeminiReplies() {}

  static ModelReply reply(GenerateContentResponse response, String model)
      throws ModelCallException {
    Candidate candidate = firstCandidate(response);
    Content content = candidate.content().orElse(Content.builder().role("model").build());
    List<Part> parts = content.parts().orElse(List.of());
    String text = text(parts);
    List<FunctionCall> calls = calls(parts);
    if (text.isEmpty() && calls.isEmpty()) {
      throw new RejectedModelCallException(
          0,
          "Gemini gave an empty answer, finish reason "
              + candidate.finishReason().map(Object::toString).orElse("none"),
          null);
    }
    return new ModelReply(text, calls, usage(response.usageMetadata()), model, content.toJson());
  }

  /** The first candidate; a blocked prompt has none. */
  static Candidate firstCandidate(GenerateContentResponse response) throws ModelCallException {
    List<Candidate> candidates = response.candidates().orElse(List.of());
    if (candidates.isEmpty()) {
      String reason =
          response
              .promptFeedback()
              .flatMap(feedback -> feedback.blockReason())
              .map(Object::toString)
              .orElse("none given");
      throw new RejectedModelCallException(
          0, "Gemini answered no candidate, block reason " + reason, null);
    }
    return candidates.get(0);
  }

  static String text(List<Part> parts) {
    StringBuilder text = new StringBuilder();
    for (Part part : parts) {
      if (!part.thought().orElse(false)) {
        part.text().ifPresent(text::append);
      }
    }
    return text.toString();
  }

  static List<FunctionCall> calls(List<Part> parts) {
    List<FunctionCall> calls = new ArrayList<>();
    for (Part part : parts) {
      part.functionCall()
          .ifPresent(
              call ->
                  calls.add(
                      new FunctionCall(
                          call.id().orElse(null),
                          call.name().orElse(""),
                          call.args().orElse(null))));
    }
    return calls;
  }

  /**
   * Tokens as Gemini counted them; a missing count is 0. Output includes thinking tokens, which are
   * billed as output; cached tokens are part of the input and never exceed it.
   */
  static ModelUsage usage(Optional<GenerateContentResponseUsageMetadata> metadata) {
    if (metadata.isEmpty()) {
      return ModelUsage.NONE;
    }
    GenerateContentResponseUsageMetadata usage = metadata.get();
    int input = usage.promptTokenCount().orElse(0);
    int output = usage.candidatesTokenCount().orElse(0) + usage.thoughtsTokenCount().orElse(0);
    int cached = Math.min(usage.cachedContentTokenCount().orElse(0), input);
    return new ModelUsage(input, output, cached);
  }
}
