package com.shopassistant.it.gemini;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the Gemini fake for a test class where the server under test expects it, and resets it
 * before each test. The port is the system property {@code it.gemini.port} (9299 unless set; the
 * build gives the same port to the server as {@code GEMINI_BASE_URL}), the key {@code
 * it.gemini.key} (the server's {@code GEMINI_API_KEY}). Use it in client-side tests
 * ({@code @RunAsClient}, {@code @Deployment(testable = false)}): the fake runs in the test's JVM.
 *
 * <pre>
 * &#64;RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();
 * ... GEMINI.fake().enqueue(FakeReply.text("Hello"));
 * </pre>
 *
 * or {@code @ExtendWith(GeminiFakeExtension.class)} and a {@link GeminiFake} test parameter.
 */
public final class GeminiFakeExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

  /** The port when {@code it.gemini.port} is not set: the build's default. */
  public static final int DEFAULT_PORT = 9299;

  private final int port;
  private GeminiFake fake;

  /** A fake on the configured port ({@link #configuredPort()}). */
  public GeminiFakeExtension() {
    this(configuredPort());
  }

  /** A fake on {@code port}; 0 for any free port (tests of the fake itself). */
  public GeminiFakeExtension(int port) {
    this.port = port;
  }

  /** The system property {@code it.gemini.port}, else {@value #DEFAULT_PORT}. */
  public static int configuredPort() {
    return Integer.getInteger("it.gemini.port", DEFAULT_PORT);
  }

  /** The running fake; only between the class's start and end. */
  public GeminiFake fake() {
    if (fake == null) {
      throw new IllegalStateException("the Gemini fake runs only while its test class does");
    }
    return fake;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    fake = GeminiFake.start(port, System.getProperty("it.gemini.key"));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    fake().reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (fake != null) {
      fake.close();
      fake = null;
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == GeminiFake.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return fake();
  }
}
