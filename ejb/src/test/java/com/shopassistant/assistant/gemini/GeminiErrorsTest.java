package com.shopassistant.assistant.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.errors.ClientException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.errors.ServerException;
import com.shopassistant.assistant.model.ModelCallException;
import com.shopassistant.assistant.model.ModelCallException.Kind;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** SDK exceptions → ModelCallException kinds and classes (which Fault Tolerance acts on). */
class GeminiErrorsTest {

  @Test
  void a429IsRetryableRateLimited() {
    ModelCallException e =
        GeminiErrors.map(new ClientException(429, "RESOURCE_EXHAUSTED", "quota"), "m");

    assertThat(e).isInstanceOf(RetryableModelCallException.class);
    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
    assertThat(e.status()).isEqualTo(429);
  }

  @Test
  void otherClientErrorsAreRejectedWithoutGeminisMessage() {
    ModelCallException e =
        GeminiErrors.map(
            new ClientException(400, "INVALID_ARGUMENT", "bad value 'my secret order'"), "m");

    assertThat(e).isInstanceOf(RejectedModelCallException.class);
    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage()).contains("400").doesNotContain("my secret order");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void serverErrorsAreRetryableWithTheirStatus() {
    ModelCallException e =
        GeminiErrors.map(new ServerException(503, "UNAVAILABLE", "overloaded"), "m");

    assertThat(e).isInstanceOf(RetryableModelCallException.class);
    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(e.status()).isEqualTo(503);
  }

  @Test
  void ioFailuresAreTimeoutsNotRetriedByFaultTolerance() {
    ModelCallException e =
        GeminiErrors.map(
            new GenAiIOException("failed", new SocketTimeoutException("timeout")), "m");

    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    assertThat(e.status()).isZero();
    assertThat(e).isNotInstanceOf(RetryableModelCallException.class);
  }

  @Test
  void afterStreamedTextAFailureIsNoLongerRetryable() {
    ModelCallException streamed =
        GeminiErrors.notRetryable(GeminiErrors.map(new ServerException(500, "INTERNAL", "x"), "m"));

    assertThat(streamed).isNotInstanceOf(RetryableModelCallException.class);
    assertThat(streamed.kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(streamed.status()).isEqualTo(500);
  }
}
