package com.shopassistant.it.gemini;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON the fake answers with, shaped as Gemini's v1beta REST API answers. */
final class FakeResponses {

  private FakeResponses() {}

  /** Google's error body, e.g. {@code {"error":{"code":429,"message":...,"status":...}}}. */
  static JsonObject error(int status, String message) {
    return Json.createObjectBuilder()
        .add(
            "error",
            Json.createObjectBuilder()
                .add("code", status)
                .add("message", message == null ? defaultMessage(status) : message)
                .add("status", statusName(status)))
        .build();
  }

  static String statusName(int status) {
    return switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 409 -> "ALREADY_EXISTS";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 499 -> "CANCELLED";
      case 501 -> "NOT_IMPLEMENTED";
      case 503 -> "UNAVAILABLE";
      case 504 -> "DEADLINE_EXCEEDED";
      default -> status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
    };
  }

  private static String defaultMessage(int status) {
    return switch (status) {
      case 429 -> "Resource has been exhausted (e.g. check quota).";
      case 503 -> "The model is overloaded. Please try again later.";
      case 500 ->
          "An internal error has occurred. Please retry or report in"
              + " https://developers.generativeai.google/guide/troubleshooting";
      default -> "The Gemini fake answered " + status + " as scripted.";
    };
  }

  /** The candidate's parts for a reply: its text (if any), then its function calls. */
  static JsonArray parts(FakeReply reply) {
    List<JsonObject> parts = new ArrayList<>();
    if (!reply.text().isEmpty()) {
      parts.add(textPart(reply.text()));
    }
    reply.calls().forEach(call -> parts.add(callPart(call)));
    return array(signFirst(List.of(parts), reply).get(0));
  }

  private static JsonObject textPart(String text) {
    return Json.createObjectBuilder().add("text", text).build();
  }

  private static JsonObject callPart(FakeCall call) {
    JsonObjectBuilder functionCall =
        Json.createObjectBuilder()
            .add("name", call.name())
            .add("args", Json.createObjectBuilder(call.args()));
    if (call.id() != null) {
      functionCall.add("id", call.id());
    }
    return Json.createObjectBuilder().add("functionCall", functionCall).build();
  }

  /** The reply's thought signature, if it has one, goes on its very first part. */
  private static List<List<JsonObject>> signFirst(List<List<JsonObject>> chunks, FakeReply reply) {
    if (reply.thoughtSignature() == null || chunks.get(0).isEmpty()) {
      return chunks;
    }
    List<List<JsonObject>> signed = new ArrayList<>(chunks);
    List<JsonObject> first = new ArrayList<>(chunks.get(0));
    first.set(
        0,
        Json.createObjectBuilder(first.get(0))
            .add("thoughtSignature", reply.thoughtSignature())
            .build());
    signed.set(0, first);
    return signed;
  }

  private static JsonArray array(List<JsonObject> parts) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    parts.forEach(array::add);
    return array.build();
  }

  /** A whole generateContent answer. */
  static JsonObject complete(FakeReply reply, String model, PromptCount prompt) {
    JsonObjectBuilder response = Json.createObjectBuilder();
    int candidates = 0;
    if (reply.blockReason() != null) {
      response.add(
          "promptFeedback", Json.createObjectBuilder().add("blockReason", reply.blockReason()));
    } else {
      JsonArray parts = parts(reply);
      candidates = parts.isEmpty() ? 0 : FakeTokens.of(parts);
      response.add("candidates", Json.createArrayBuilder().add(candidate(parts, reply, true)));
    }
    return response
        .add("usageMetadata", usage(prompt, candidates, true))
        .add("modelVersion", model)
        .add("responseId", responseId())
        .build();
  }

  /**
   * The SSE chunks of a streamed answer: the text cut at spaces into up to {@code pieces} chunks,
   * the function calls in the last one. Every chunk carries the prompt count; the last one the
   * finish reason and the full usage, equal to the unstreamed answer's.
   */
  static List<JsonObject> chunks(FakeReply reply, String model, PromptCount prompt, int pieces) {
    if (reply.blockReason() != null) {
      return List.of(complete(reply, model, prompt));
    }
    List<List<JsonObject>> chunkParts = new ArrayList<>();
    for (String piece : TextPieces.cut(reply.text(), pieces)) {
      chunkParts.add(new ArrayList<>(List.of(textPart(piece))));
    }
    if (chunkParts.isEmpty()) {
      chunkParts.add(new ArrayList<>());
    }
    List<JsonObject> last = chunkParts.get(chunkParts.size() - 1);
    reply.calls().forEach(call -> last.add(callPart(call)));
    chunkParts = signFirst(chunkParts, reply);

    int candidates = FakeTokens.of(parts(reply));
    String id = responseId();
    List<JsonObject> chunks = new ArrayList<>();
    for (int i = 0; i < chunkParts.size(); i++) {
      boolean isLast = i == chunkParts.size() - 1;
      chunks.add(
          Json.createObjectBuilder()
              .add(
                  "candidates",
                  Json.createArrayBuilder().add(candidate(array(chunkParts.get(i)), reply, isLast)))
              .add("usageMetadata", usage(prompt, isLast ? candidates : 0, isLast))
              .add("modelVersion", model)
              .add("responseId", id)
              .build());
    }
    return chunks;
  }

  private static JsonObject candidate(JsonArray parts, FakeReply reply, boolean finished) {
    JsonObjectBuilder candidate =
        Json.createObjectBuilder()
            .add("content", Json.createObjectBuilder().add("parts", parts).add("role", "model"))
            .add("index", 0);
    if (finished) {
      candidate.add("finishReason", reply.finishReason());
    }
    return candidate.build();
  }

  private static JsonObject usage(PromptCount prompt, int candidates, boolean withCandidates) {
    JsonObjectBuilder usage = Json.createObjectBuilder().add("promptTokenCount", prompt.total());
    if (withCandidates) {
      usage.add("candidatesTokenCount", candidates);
    }
    usage.add("totalTokenCount", prompt.total() + candidates);
    if (prompt.cached() > 0) {
      usage.add("cachedContentTokenCount", prompt.cached());
    }
    return usage.build();
  }

  static JsonObject countTokens(PromptCount prompt) {
    JsonObjectBuilder answer = Json.createObjectBuilder().add("totalTokens", prompt.total());
    if (prompt.cached() > 0) {
      answer.add("cachedContentTokenCount", prompt.cached());
    }
    return answer.build();
  }

  static JsonObject args(Map<String, Object> args) {
    return Json.createObjectBuilder(args).build();
  }

  private static String responseId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
  }

  /**
   * A request's prompt tokens: {@code total} includes {@code cached}, the cached content's part.
   */
  record PromptCount(int total, int cached) {}
}
