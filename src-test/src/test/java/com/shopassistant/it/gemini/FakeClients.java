package com.shopassistant.it.gemini;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.util.List;

/** SDK clients pointed at a fake, with the SDK's own retries off (as the gateway builds them). */
final class FakeClients {

  static final String KEY = "fake-test-key";

  private FakeClients() {}

  static Client sdk(GeminiFake fake, int timeoutMillis) {
    return sdk(fake, KEY, timeoutMillis);
  }

  static Client sdk(GeminiFake fake, String apiKey, int timeoutMillis) {
    return Client.builder()
        .apiKey(apiKey)
        .httpOptions(
            HttpOptions.builder()
                .baseUrl(fake.baseUrl())
                .apiVersion("v1beta")
                .timeout(timeoutMillis)
                .retryOptions(
                    HttpRetryOptions.builder().attempts(1).httpStatusCodes(List.of()).build())
                .build())
        .build();
  }
}
