package com.shopassistant.assistant.gemini;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's settings (MicroProfile Config; defaults in {@code microprofile-config.properties},
 * each also an environment variable, e.g. {@code gemini.model} is {@code GEMINI_MODEL}). Outside a
 * container, {@link #builder()} makes them from the same defaults.
 */
@ApplicationScoped
public class GeminiSettings {

  static final String DEFAULT_MODEL = "gemini-2.5-flash";
  static final String DEFAULT_PRO_MODEL = "gemini-2.5-pro";
  static final String DEFAULT_TIMEOUT = "PT30S";
  static final String DEFAULT_TEMPERATURE = "0.4";
  static final String DEFAULT_MAX_OUTPUT_TOKENS = "2048";
  static final String DEFAULT_CACHE_TTL = "PT1H";
  static final String DEFAULT_CACHE_RENEW_BEFORE = "PT5M";
  static final String DEFAULT_CACHE_RETRY_AFTER = "PT5M";
  static final String DEFAULT_CACHE_MIN_TOKENS = "1024";

  /**
   * The Gemini API key (GEMINI_API_KEY); without one the offline assistant answers. Never logged.
   */
  @Inject
  @ConfigProperty(name = "gemini.api-key")
  Optional<String> apiKey;

  /** The model for ordinary turns (GEMINI_MODEL). */
  @Inject
  @ConfigProperty(name = "gemini.model", defaultValue = DEFAULT_MODEL)
  String model;

  /** The model for complex turns, as the router decides (GEMINI_PRO_MODEL). */
  @Inject
  @ConfigProperty(name = "gemini.pro-model", defaultValue = DEFAULT_PRO_MODEL)
  String proModel;

  /** Where the Gemini API is (GEMINI_BASE_URL); Google's unless set (tests: the Gemini fake). */
  @Inject
  @ConfigProperty(name = "gemini.base-url")
  Optional<String> baseUrl;

  /** The longest one HTTP call to Gemini may take, a whole stream included (GEMINI_TIMEOUT). */
  @Inject
  @ConfigProperty(name = "gemini.timeout", defaultValue = DEFAULT_TIMEOUT)
  Duration timeout;

  /** Sampling temperature (GEMINI_TEMPERATURE): low, for factual answers and steady tool use. */
  @Inject
  @ConfigProperty(name = "gemini.temperature", defaultValue = DEFAULT_TEMPERATURE)
  double temperature;

  /** The most tokens one reply may have, thinking included (GEMINI_MAX_OUTPUT_TOKENS). */
  @Inject
  @ConfigProperty(name = "gemini.max-output-tokens", defaultValue = DEFAULT_MAX_OUTPUT_TOKENS)
  int maxOutputTokens;

  /** Whether the system prompt and tools live in a Gemini context cache (GEMINI_CONTEXT_CACHE). */
  @Inject
  @ConfigProperty(name = "gemini.context-cache", defaultValue = "true")
  boolean contextCache;

  /** How long a context cache lives (GEMINI_CONTEXT_CACHE_TTL). */
  @Inject
  @ConfigProperty(name = "gemini.context-cache.ttl", defaultValue = DEFAULT_CACHE_TTL)
  Duration contextCacheTtl;

  /** How long before its expiry a context cache is renewed (GEMINI_CONTEXT_CACHE_RENEW_BEFORE). */
  @Inject
  @ConfigProperty(
      name = "gemini.context-cache.renew-before",
      defaultValue = DEFAULT_CACHE_RENEW_BEFORE)
  Duration contextCacheRenewBefore;

  /** How long a model goes without caching after a cache call failed (..._RETRY_AFTER). */
  @Inject
  @ConfigProperty(
      name = "gemini.context-cache.retry-after",
      defaultValue = DEFAULT_CACHE_RETRY_AFTER)
  Duration contextCacheRetryAfter;

  /** Prompt + tools smaller than this (estimated tokens) are not cached (..._MIN_TOKENS). */
  @Inject
  @ConfigProperty(name = "gemini.context-cache.min-tokens", defaultValue = DEFAULT_CACHE_MIN_TOKENS)
  int contextCacheMinTokens;

  /** Read for Fault Tolerance's overridden timeout, which the SDK's must not exceed. */
  @Inject Config config;

  /** For CDI. */
  protected GeminiSettings() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Whether an API key is set: without one no client is ever built. */
  public boolean configured() {
    return apiKey.filter(key -> !key.isBlank()).isPresent();
  }

  public String model() {
    return model;
  }

  public String proModel() {
    return proModel;
  }

  public Optional<String> baseUrl() {
    return baseUrl.filter(url -> !url.isBlank());
  }

  public double temperature() {
    return temperature;
  }

  public int maxOutputTokens() {
    return maxOutputTokens;
  }

  /** Whether context caching is on; it needs an API key too. */
  public boolean contextCache() {
    return contextCache && configured();
  }

  public Duration contextCacheTtl() {
    return contextCacheTtl;
  }

  public Duration contextCacheRenewBefore() {
    return contextCacheRenewBefore;
  }

  public Duration contextCacheRetryAfter() {
    return contextCacheRetryAfter;
  }

  public int contextCacheMinTokens() {
    return contextCacheMinTokens;
  }

  /**
   * The SDK's timeout in milliseconds: {@code gemini.timeout}, but never more than Fault
   * Tolerance's timeout of the calls (an FT timeout interrupts the thread; the SDK's HTTP call
   * would keep waiting for the server).
   */
  public int sdkTimeoutMillis() {
    long wanted = timeout.toMillis();
    return (int) Math.max(1, Math.min(wanted, FaultToleranceKeys.timeoutMillis(config)));
  }

  /** The key itself, for the client only. */
  String apiKey() {
    return apiKey.orElseThrow(() -> new IllegalStateException("no Gemini API key configured"));
  }

  /** One line for the log: never the key, only whether there is one. */
  public String describe() {
    return "Gemini configured: "
        + (configured() ? "yes" : "no")
        + ", model "
        + model
        + ", pro model "
        + proModel
        + ", base URL "
        + baseUrl().orElse("(Google)")
        + ", timeout "
        + sdkTimeoutMillis()
        + " ms, context cache "
        + (contextCache() ? "on, ttl " + contextCacheTtl : "off");
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Settings outside a container: the defaults above, changed as needed. */
  public static final class Builder {

    private final GeminiSettings settings = new GeminiSettings();

    private Builder() {
      settings.apiKey = Optional.empty();
      settings.model = DEFAULT_MODEL;
      settings.proModel = DEFAULT_PRO_MODEL;
      settings.baseUrl = Optional.empty();
      settings.timeout = Duration.parse(DEFAULT_TIMEOUT);
      settings.temperature = Double.parseDouble(DEFAULT_TEMPERATURE);
      settings.maxOutputTokens = Integer.parseInt(DEFAULT_MAX_OUTPUT_TOKENS);
      settings.contextCache = true;
      settings.contextCacheTtl = Duration.parse(DEFAULT_CACHE_TTL);
      settings.contextCacheRenewBefore = Duration.parse(DEFAULT_CACHE_RENEW_BEFORE);
      settings.contextCacheRetryAfter = Duration.parse(DEFAULT_CACHE_RETRY_AFTER);
      settings.contextCacheMinTokens = Integer.parseInt(DEFAULT_CACHE_MIN_TOKENS);
    }

    public Builder apiKey(String key) {
      settings.apiKey = Optional.ofNullable(key);
      return this;
    }

    public Builder baseUrl(String url) {
      settings.baseUrl = Optional.ofNullable(url);
      return this;
    }

    public Builder models(String model, String proModel) {
      settings.model = model;
      settings.proModel = proModel;
      return this;
    }

    public Builder timeout(Duration timeout) {
      settings.timeout = timeout;
      return this;
    }

    public Builder contextCache(boolean on, Duration ttl, int minTokens) {
      settings.contextCache = on;
      settings.contextCacheTtl = ttl;
      settings.contextCacheMinTokens = minTokens;
      return this;
    }

    public Builder contextCacheTimes(Duration renewBefore, Duration retryAfter) {
      settings.contextCacheRenewBefore = renewBefore;
      settings.contextCacheRetryAfter = retryAfter;
      return this;
    }

    public GeminiSettings build() {
      return settings;
    }
  }
}
