package com.shopassistant.it.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.CachedContent;
import com.google.genai.types.Content;
import com.google.genai.types.CreateCachedContentConfig;
import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.Schema;
import com.google.genai.types.Tool;
import com.google.genai.types.Type;
import com.google.genai.types.UpdateCachedContentConfig;
import com.shopassistant.usage.TokenEstimate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's cachedContents as the SDK uses them, and requests that refer to one. */
class GeminiFakeCacheTest {

  private static final String MODEL = "gemini-2.5-flash";

  private GeminiFake fake;
  private Client client;

  @BeforeEach
  void start() {
    fake = GeminiFake.start(0, FakeClients.KEY);
    client = FakeClients.sdk(fake, 5_000);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void createsGetsRenewsAndDeletesACachedContent() {
    Instant before = Instant.now();

    CachedContent created = client.caches.create(MODEL, cacheConfig(Duration.ofHours(1)));

    String name = created.name().orElseThrow();
    assertThat(name).startsWith("cachedContents/");
    assertThat(created.model()).contains("models/" + MODEL);
    assertThat(created.expireTime().orElseThrow())
        .isBetween(before.plusSeconds(3590), Instant.now().plusSeconds(3610));
    assertThat(client.caches.get(name, null).name()).contains(name);

    CachedContent renewed =
        client.caches.update(
            name, UpdateCachedContentConfig.builder().ttl(Duration.ofHours(2)).build());

    assertThat(renewed.expireTime().orElseThrow()).isAfter(before.plusSeconds(7190));

    client.caches.delete(name, null);

    assertThatThrownBy(() -> client.caches.get(name, null))
        .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(404));
    assertThat(fake.cachedContentCount()).isZero();
  }

  @Test
  void aRequestReferringToTheCacheCountsItsTokensAsCached() {
    CachedContent cache = client.caches.create(MODEL, cacheConfig(Duration.ofHours(1)));
    var body = fake.requests().get(0).body();
    int cached =
        TokenEstimate.of(body.get("systemInstruction").toString())
            + TokenEstimate.of(body.get("tools").toString());
    fake.enqueue(FakeReply.text("Hi!"));

    GenerateContentResponseUsageMetadata usage =
        client
            .models
            .generateContent(
                MODEL,
                "Hello",
                GenerateContentConfig.builder().cachedContent(cache.name().orElseThrow()).build())
            .usageMetadata()
            .orElseThrow();

    RecordedRequest request = fake.lastModelCall();
    assertThat(request.cachedContent()).isEqualTo(cache.name().orElseThrow());
    int own = TokenEstimate.of(request.body().get("contents").toString());
    assertThat(usage.cachedContentTokenCount()).contains(cached);
    assertThat(usage.promptTokenCount()).contains(own + cached);
    assertThat(cache.usageMetadata().orElseThrow().totalTokenCount()).contains(cached);
  }

  @Test
  void refusesToolsOrInstructionsNextToACache() {
    CachedContent cache = client.caches.create(MODEL, cacheConfig(Duration.ofHours(1)));
    GenerateContentConfig both =
        GenerateContentConfig.builder()
            .cachedContent(cache.name().orElseThrow())
            .systemInstruction(Content.fromParts(com.google.genai.types.Part.fromText("Be nice")))
            .build();

    assertThatThrownBy(() -> client.models.generateContent(MODEL, "Hello", both))
        .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(400))
        .hasMessageContaining("CachedContent can not be used");
  }

  @Test
  void refusesAnUnknownCacheAndAScriptedCacheFailure() {
    GenerateContentConfig unknown =
        GenerateContentConfig.builder().cachedContent("cachedContents/nope").build();

    assertThatThrownBy(() -> client.models.generateContent(MODEL, "Hello", unknown))
        .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(403));

    fake.failCacheCalls(429, 1);

    assertThatThrownBy(() -> client.caches.create(MODEL, cacheConfig(Duration.ofHours(1))))
        .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(429));
    assertThat(client.caches.create(MODEL, cacheConfig(Duration.ofHours(1))).name()).isPresent();
  }

  private static CreateCachedContentConfig cacheConfig(Duration ttl) {
    return CreateCachedContentConfig.builder()
        .systemInstruction(
            Content.fromParts(com.google.genai.types.Part.fromText("You help shoppers.")))
        .tools(
            Tool.builder()
                .functionDeclarations(
                    FunctionDeclaration.builder()
                        .name("view_cart")
                        .description("Shows the cart.")
                        .parameters(Schema.builder().type(Type.Known.OBJECT).build())
                        .build())
                .build())
        .ttl(ttl)
        .build();
  }
}
