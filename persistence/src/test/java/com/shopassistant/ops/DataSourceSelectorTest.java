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
  void embeddedOnlyWhenNoHostIsSetAnywhere() {
    assertThat(DataSourceSelector.embedded(null, null)).isTrue();
    assertThat(DataSourceSelector.embedded("  ", "")).isTrue();
    assertThat(DataSourceSelector.embedded("db.internal", null)).isFalse();
    assertThat(DataSourceSelector.embedded(null, "127.0.0.1")).isFalse();
  }

  @Test
  void jndiNameFollowsTheSystemProperty() {
    String before = System.getProperty("database.host");
    try {
      System.setProperty("database.host", "127.0.0.1");
      assertThat(DataSourceSelector.dataSourceJndiName()).isEqualTo(DataSourceSelector.POSTGRES);
      if (System.getenv("DATABASE_HOST") == null) {
        System.clearProperty("database.host");
        assertThat(DataSourceSelector.dataSourceJndiName()).isEqualTo(DataSourceSelector.EMBEDDED);
      }
    } finally {
      if (before == null) {
        System.clearProperty("database.host");
      } else {
        System.setProperty("database.host", before);
      }
    }
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
