package com.shopassistant.assistant.gemini;

import com.google.genai.types.Content;
import com.google.genai.types.CreateCachedContentConfig;
import com.google.genai.types.Tool;
import com.google.genai.types.ToolConfig;
import com.shopassistant.assistant.model.ModelRequest;
import com.shopassistant.usage.TokenEstimate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * What a context cache holds for a request: the system instruction, the tool declarations and the
 * tool config, with a hash of their JSON (the cache's identity) and their estimated tokens.
 */
record CachedPrompt(
    String model,
    Content systemInstruction,
    List<Tool> tools,
    ToolConfig toolConfig,
    String hash,
    int estimatedTokens) {

  static CachedPrompt of(ModelRequest request) {
    Content instruction = GeminiRequests.systemInstruction(request);
    List<Tool> tools = GeminiSchemas.tools(request.tools());
    ToolConfig toolConfig = tools.isEmpty() ? null : GeminiRequests.toolConfig();
    StringBuilder json = new StringBuilder(instruction.toJson());
    tools.forEach(tool -> json.append('\n').append(tool.toJson()));
    if (toolConfig != null) {
      json.append('\n').append(toolConfig.toJson());
    }
    String all = json.toString();
    return new CachedPrompt(
        request.model(), instruction, tools, toolConfig, sha256(all), TokenEstimate.of(all));
  }

  CreateCachedContentConfig createConfig(Duration ttl) {
    CreateCachedContentConfig.Builder config =
        CreateCachedContentConfig.builder()
            .displayName("shop-assistant " + hash.substring(0, 12))
            .systemInstruction(systemInstruction)
            .ttl(ttl);
    if (!tools.isEmpty()) {
      config.tools(tools).toolConfig(toolConfig);
    }
    return config.build();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
