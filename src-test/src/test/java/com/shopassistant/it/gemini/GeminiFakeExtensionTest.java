package com.shopassistant.it.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension starts the fake on the configured port and resets it between tests. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeminiFakeExtensionTest {

  // Any free port: a fixed one could meet a container suite's fake running meanwhile.
  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension(0);

  @Test
  @Order(1)
  void hasTheFakeRunningForTheClass(GeminiFake fake) {
    assertThat(fake).isSameAs(GEMINI.fake());
    assertThat(fake.port()).isPositive();
    fake.enqueue(FakeReply.text("left over"));
  }

  @Test
  @Order(1)
  void readsThePortFromTheBuildsProperty() {
    String before = System.getProperty("it.gemini.port");
    try {
      System.setProperty("it.gemini.port", "9391");
      assertThat(GeminiFakeExtension.configuredPort()).isEqualTo(9391);
      System.clearProperty("it.gemini.port");
      assertThat(GeminiFakeExtension.configuredPort()).isEqualTo(9299);
    } finally {
      if (before != null) {
        System.setProperty("it.gemini.port", before);
      }
    }
  }

  @Test
  @Order(2)
  void startsEachTestReset(GeminiFake fake) {
    assertThat(fake.queued()).isZero();
    String key = System.getProperty("it.gemini.key", FakeClients.KEY);
    try (Client client = FakeClients.sdk(fake, key, 5_000)) {
      assertThat(client.models.generateContent("gemini-2.5-flash", "Hi", null).text())
          .isEqualTo(FakeReply.DEFAULT_TEXT);
    }
  }
}
