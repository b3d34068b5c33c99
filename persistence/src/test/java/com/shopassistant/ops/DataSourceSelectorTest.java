package com.shopassistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DefaultConnector;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.Test;

class DataSourceSelectorTest {

  @Test
  void embeddedOnlyWhenNoDatabaseHostIsSet() {
    assertThat(DataSourceSelector.embedded(null)).isTrue();
    assertThat(DataSourceSelector.embedded("  ")).isTrue();
    assertThat(DataSourceSelector.embedded("db.internal")).isFalse();
  }

  @Test
  void embeddedIsRefusedOnCloudRunUnlessExplicitlyAllowed() {
    assertThat(DataSourceSelector.embeddedRefused(null, "shop-assistant", null)).isTrue();
    assertThat(DataSourceSelector.embeddedRefused("", "shop-assistant", "false")).isTrue();
    assertThat(DataSourceSelector.embeddedRefused(null, "shop-assistant", "TRUE")).isFalse();
    assertThat(DataSourceSelector.embeddedRefused("10.0.0.5", "shop-assistant", null)).isFalse();
    assertThat(DataSourceSelector.embeddedRefused(null, null, null)).isFalse();
  }

  @Test
  void aContainerDatasourceIsSwappedForTheChosenOne() {
    DatabaseLogin login = new DatabaseLogin();
    login.setConnector(new JNDIConnector("jdbc/shopEmbedded"));
    Server session = new Project(login).createServerSession();

    new DataSourceSelector.Customizer().customize(session);

    JNDIConnector connector = (JNDIConnector) session.getLogin().getConnector();
    assertThat(connector.getName()).isEqualTo(DataSourceSelector.dataSourceJndiName());
    assertThat(connector.getLookupType()).isEqualTo(JNDIConnector.STRING_LOOKUP);
  }

  @Test
  void aJdbcUrlLoginIsLeftAlone() {
    DatabaseLogin login = new DatabaseLogin();
    login.setConnectionString("jdbc:h2:mem:x");
    Server session = new Project(login).createServerSession();

    new DataSourceSelector.Customizer().customize(session);

    assertThat(session.getLogin().getConnector()).isInstanceOf(DefaultConnector.class);
    assertThat(session.getLogin().getConnectionString()).isEqualTo("jdbc:h2:mem:x");
  }
}
