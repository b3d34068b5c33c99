package com.shopassistant.it.gemini;

import static com.shopassistant.it.gemini.GatewayRequests.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.assistant.gemini.GeminiGateway;
import com.shopassistant.assistant.gemini.InMemoryContextCacheStore;
import com.shopassistant.assistant.model.ModelMessage;
import com.shopassistant.assistant.model.ModelReply;
import com.shopassistant.usage.TokenEstimate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Context caching: the request shape, reuse, renewal, and going without when the cache fails. */
class GeminiGatewayCacheTest {

  private GeminiFake fake;
  private InMemoryContextCacheStore store;
  private GeminiGateway gateway;

  @BeforeEach
  void start() {
    fake = GeminiFake.start(0, FakeClients.KEY);
    store = new InMemoryContextCacheStore();
    gateway = GatewayRequests.cachingGateway(fake, store, Duration.ofMinutes(5));
  }

  @AfterEach
  void stop() {
    gateway.close();
    fake.close();
  }

  @Test
  void theCacheHoldsInstructionAndToolsAndRequestsNameItWithoutThem() throws Exception {
    ModelReply reply = gateway.generate(request(ModelMessage.user("Hi")));

    RecordedRequest create = fake.requests().get(0);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.path()).isEqualTo("/v1beta/cachedContents");
    assertThat(create.body().getString("model")).isEqualTo("models/gemini-2.5-flash");
    assertThat(create.body().getString("ttl")).isEqualTo("3600s");
    assertThat(create.hasSystemInstruction()).isTrue();
    assertThat(create.hasTools()).isTrue();
    assertThat(create.body().containsKey("toolConfig")).isTrue();
    RecordedRequest call = fake.lastModelCall();
    assertThat(call.cachedContent()).startsWith("cachedContents/");
    assertThat(call.hasTools()).isFalse();
    assertThat(call.hasSystemInstruction()).isFalse();
    assertThat(call.body().containsKey("toolConfig")).isFalse();
    int cached =
        TokenEstimate.of(create.body().get("systemInstruction").toString())
            + TokenEstimate.of(create.body().get("tools").toString());
    assertThat(reply.usage().cached()).isEqualTo(cached);
  }

  @Test
  void laterRequestsReuseTheCacheAnotherGatewayCreated() throws Exception {
    gateway.generate(request(ModelMessage.user("Hi")));
    GeminiGateway otherInstance =
        GatewayRequests.cachingGateway(fake, store, Duration.ofMinutes(5));

    otherInstance.generate(request(ModelMessage.user("Hello")));
    gateway.generate(request(ModelMessage.user("Hey")));
    otherInstance.close();

    assertThat(cacheCalls("POST")).hasSize(1);
    List<String> names = fake.modelCalls().stream().map(RecordedRequest::cachedContent).toList();
    assertThat(names).hasSize(3).doesNotContainNull();
    assertThat(names).containsOnly(names.get(0));
  }

  @Test
  void aCacheCloseToExpiryIsRenewedNotReplaced() throws Exception {
    gateway.close();
    gateway = GatewayRequests.cachingGateway(fake, store, Duration.ofHours(1));

    gateway.generate(request(ModelMessage.user("Hi")));
    gateway.generate(request(ModelMessage.user("Hello")));

    assertThat(cacheCalls("POST")).hasSize(1);
    assertThat(cacheCalls("PATCH")).hasSize(1);
    assertThat(fake.modelCalls().get(1).cachedContent())
        .isEqualTo(fake.modelCalls().get(0).cachedContent());
  }

  @Test
  void aFailedCacheCallSendsTheRequestWithoutAndStopsTryingForAWhile() throws Exception {
    fake.failCacheCalls(503, 1);

    ModelReply first = gateway.generate(request(ModelMessage.user("Hi")));
    gateway.generate(request(ModelMessage.user("Hello")));

    assertThat(first.text()).isEqualTo(FakeReply.DEFAULT_TEXT);
    assertThat(cacheCalls("POST")).hasSize(1);
    assertThat(fake.modelCalls())
        .allSatisfy(
            call -> {
              assertThat(call.cachedContent()).isNull();
              assertThat(call.hasTools()).isTrue();
              assertThat(call.hasSystemInstruction()).isTrue();
            });
  }

  @Test
  void aCacheGeminiLostIsForgottenAndTheRequestRepeatedWithoutIt() throws Exception {
    gateway.generate(request(ModelMessage.user("Hi")));
    String lost = fake.lastModelCall().cachedContent();
    fake.reset();

    ModelReply reply = gateway.generate(request(ModelMessage.user("Hello")));
    gateway.generate(request(ModelMessage.user("Hey")));

    assertThat(reply.text()).isEqualTo(FakeReply.DEFAULT_TEXT);
    List<RecordedRequest> calls = fake.modelCalls();
    assertThat(calls.get(0).cachedContent()).isEqualTo(lost);
    assertThat(calls.get(1).cachedContent()).isNull();
    assertThat(calls.get(1).hasTools()).isTrue();
    assertThat(calls.get(2).cachedContent()).isNotNull().isNotEqualTo(lost);
  }

  private List<RecordedRequest> cacheCalls(String method) {
    return fake.requests().stream()
        .filter(r -> r.action().equals("cachedContents") && r.method().equals(method))
        .toList();
  }
}
