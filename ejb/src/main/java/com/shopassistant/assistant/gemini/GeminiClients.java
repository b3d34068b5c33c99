package com.shopassistant.assistant.gemini;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.util.List;
import java.util.logging.Logger;

/** Builds the SDK client the gateway uses. */
final class GeminiClients {

  private static final Logger LOG = Logger.getLogger(GeminiClients.class.getName());

  private GeminiClients() {}

  /**
   * A client for the Developer API: the key, the base URL when set, API version v1beta named
   * explicitly (SDK 2.x would call v1 otherwise), the timeout, and the SDK's own retries off (5
   * attempts by default, even on refused connections): Fault Tolerance retries instead, and both
   * {@code attempts(1)} and no status codes are needed or it still sleeps once.
   */
  static Client build(GeminiSettings settings) {
    HttpOptions.Builder http =
        HttpOptions.builder()
            .apiVersion("v1beta")
            .timeout(settings.sdkTimeoutMillis())
            .retryOptions(
                HttpRetryOptions.builder().attempts(1).httpStatusCodes(List.of()).build());
    settings.baseUrl().ifPresent(http::baseUrl);
    LOG.info(settings::describe);
    return Client.builder().apiKey(settings.apiKey()).httpOptions(http.build()).build();
  }
}
