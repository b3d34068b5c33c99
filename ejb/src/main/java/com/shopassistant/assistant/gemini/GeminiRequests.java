package com.shopassistant.assistant.gemini;

import com.google.genai.types.AutomaticFunctionCallingConfig;
import com.google.genai.types.Content;
import com.google.genai.types.FunctionCall;
import com.google.genai.types.FunctionCallingConfig;
import com.google.genai.types.FunctionCallingConfigMode;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.Part;
import com.google.genai.types.ToolConfig;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ModelRequest} as the SDK's contents and config.
 *
 * <ul>
 *   <li>USER: a user content with the text;
 *   <li>MODEL: the stored vendor JSON unchanged when there is one (its parts may carry thought
 *       signatures Gemini needs back), else the text and function calls;
 *   <li>TOOL: consecutive tool results together in one user content of functionResponse parts (one
 *       per call of the model's turn, as Gemini expects);
 *   <li>the summary of older turns: a first user content of its own. It is not put in the system
 *       instruction, which stays byte-identical across calls so that it can be cached.
 * </ul>
 */
final class GeminiRequests {

  static final String SUMMARY_PREFIX = "Summary of the earlier conversation: ";

  private GeminiRequests() {}

  static List<Content> contents(ModelRequest request) {
    List<Content> contents = new ArrayList<>();
    if (request.summary() != null && !request.summary().isBlank()) {
      contents.add(user(Part.fromText(SUMMARY_PREFIX + request.summary())));
    }
    List<Part> toolResults = new ArrayList<>();
    for (ModelMessage message : request.history()) {
      if (message.role() == ModelMessage.Role.TOOL) {
        toolResults.add(Part.fromFunctionResponse(message.toolName(), message.response()));
        continue;
      }
      if (!toolResults.isEmpty()) {
        contents.add(user(toolResults.toArray(Part[]::new)));
        toolResults.clear();
      }
      if (message.role() == ModelMessage.Role.USER) {
        contents.add(user(Part.fromText(message.text())));
      } else {
        model(message).ifPresent(contents::add);
      }
    }
    if (!toolResults.isEmpty()) {
      contents.add(user(toolResults.toArray(Part[]::new)));
    }
    return contents;
  }

  /** The model's turn; none when it has neither text nor calls (Gemini refuses empty parts). */
  static Optional<Content> model(ModelMessage message) {
    if (message.vendorJson() != null && !message.vendorJson().isBlank()) {
      return Optional.of(Content.fromJson(message.vendorJson()));
    }
    List<Part> parts = new ArrayList<>();
    if (!message.text().isEmpty()) {
      parts.add(Part.fromText(message.text()));
    }
    for (com.shopassistant.assistant.model.FunctionCall call : message.calls()) {
      FunctionCall.Builder functionCall =
          FunctionCall.builder().name(call.name()).args(call.args());
      if (call.id() != null) {
        functionCall.id(call.id());
      }
      parts.add(Part.builder().functionCall(functionCall.build()).build());
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of(Content.builder().role("model").parts(parts).build());
  }

  static Content systemInstruction(ModelRequest request) {
    return Content.builder().parts(Part.fromText(request.systemPrompt())).build();
  }

  /** Gemini may call any declared function or answer in text. */
  static ToolConfig toolConfig() {
    return ToolConfig.builder()
        .functionCallingConfig(
            FunctionCallingConfig.builder().mode(FunctionCallingConfigMode.Known.AUTO).build())
        .build();
  }

  /**
   * The call's config. With a context cache, the system instruction, tools and tool config are in
   * the cache and must not be sent again (Gemini refuses both together).
   */
  static GenerateContentConfig config(
      ModelRequest request, GeminiSettings settings, Optional<String> cachedContent) {
    GenerateContentConfig.Builder config =
        GenerateContentConfig.builder()
            .temperature((float) settings.temperature())
            .maxOutputTokens(settings.maxOutputTokens())
            // The assistant's loop runs the tools itself, as the caller, with the confirmation
            // rule.
            .automaticFunctionCalling(
                AutomaticFunctionCallingConfig.builder().disable(true).build());
    if (cachedContent.isPresent()) {
      return config.cachedContent(cachedContent.get()).build();
    }
    config.systemInstruction(systemInstruction(request));
    if (!request.tools().isEmpty()) {
      config.tools(GeminiSchemas.tools(request.tools())).toolConfig(toolConfig());
    }
    return config.build();
  }

  private static Content user(Part... parts) {
    return Content.builder().role("user").parts(parts).build();
  }
}
