package com.shopassistant.it.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.it.gemini.GeminiFakeExtension;
import com.shopassistant.it.support.HttpClients;
import com.shopassistant.it.support.ShopDeployment;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The token gates in CI: the shipped scripts of the seed's four session types, in English and
 * Bahasa Indonesia, played through the real server against the Gemini fake; every session must pass
 * its checks and stay within its gate, and the system prompt with all tool declarations within
 * 2,500 tokens, all counted as the fake counts {@code usageMetadata}. A failure lists the numbers.
 * The report goes to {@code target/eval/scripted-sessions.{md,json}}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionGatesIT {

  @RegisterExtension static final GeminiFakeExtension GEMINI = new GeminiFakeExtension();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(SessionGatesIT.class.getPackage());
  }

  @ArquillianResource URL baseUrl;

  @Test
  void everyScriptedSessionPassesItsChecksWithinItsTokenGate() throws Exception {
    String url = HttpClients.under(baseUrl, "");
    SessionRunner.importCatalog(url, Tau2Files.adminPassword());
    List<SessionScript> scripts = SessionScript.readAll(SessionRunner.shippedScripts());

    SessionReport report = SessionRunner.run(url, GEMINI.fake(), scripts);
    report.write(Path.of("target/eval"), "scripted-sessions");

    assertThat(scripts).extracting(SessionScript::language).containsOnly("en", "id");
    assertThat(report.results()).hasSize(8);
    assertThat(report.results()).allSatisfy(r -> assertThat(r.failures()).as(r.label()).isEmpty());
    assertThat(report.prompt().declarations()).as("all tools declared").isEqualTo(28);
    report.gates().assertWithin(report.results(), report.prompt().tokens());
  }

  @Test
  void aSessionOverALoweredGateFailsWithItsNumbers() throws Exception {
    String url = HttpClients.under(baseUrl, "");
    SessionRunner.importCatalog(url, Tau2Files.adminPassword());
    SessionScript quick =
        SessionScript.read(SessionRunner.shippedScripts().resolve("en/quick-query.json"));
    SessionResult played = new SessionPlayer(url, GEMINI.fake()).play(quick);
    TokenGates lowered = TokenGates.fromSystemProperties().with("quick_query", played.total() - 1);

    assertThatThrownBy(() -> lowered.assertWithin(List.of(played), 0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("quick-query (en)")
        .hasMessageContaining(String.format(java.util.Locale.ROOT, "%,d tokens", played.total()))
        .hasMessageContaining(String.format(java.util.Locale.ROOT, "gate %,d", played.total() - 1));
  }
}
