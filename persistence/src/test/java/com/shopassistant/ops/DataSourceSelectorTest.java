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
  void embeddedOnlyWhenNeitherCloudSqlNorADatabaseHostIsSet() {
    assertThat(DataSourceSelector.dataSourceJndiName(null, null)).isEqualTo("jdbc/shopEmbedded");
    assertThat(DataSourceSelector.dataSourceJndiName(" ", "  ")).isEqualTo("jdbc/shopEmbedded");
  }

  @Test
  void aDatabaseHostSelectsPlainPostgres() {
    assertThat(DataSourceSelector.dataSourceJndiName(null, "db.internal"))
        .isEqualTo("jdbc/shopPostgres");
    assertThat(DataSourceSelector.dataSourceJndiName("", "10.0.0.5"))
        .isEqualTo("jdbc/shopPostgres");
  }

  @Test
  void aCloudSqlConnectionNameSelectsTheConnectorEvenWithAHost() {
    assertThat(DataSourceSelector.dataSourceJndiName("shop-prod:asia-southeast2:shop-db", null))
        .isEqualTo("jdbc/shopCloudSql");
    assertThat(
            DataSourceSelector.dataSourceJndiName("shop-prod:asia-southeast2:shop-db", "10.0.0.5"))
        .isEqualTo("jdbc/shopCloudSql");
  }

  @Test
  void embeddedIsRefusedOnCloudRunUnlessExplicitlyAllowed() {
    String embedded = DataSourceSelector.EMBEDDED;
    assertThat(DataSourceSelector.embeddedRefused(embedded, "shop-assistant", null)).isTrue();
    assertThat(DataSourceSelector.embeddedRefused(embedded, "shop-assistant", "false")).isTrue();
    assertThat(DataSourceSelector.embeddedRefused(embedded, "shop-assistant", "TRUE")).isFalse();
    assertThat(DataSourceSelector.embeddedRefused(embedded, null, null)).isFalse();
    assertThat(
            DataSourceSelector.embeddedRefused(DataSourceSelector.POSTGRES, "shop-assistant", null))
        .isFalse();
    assertThat(
            DataSourceSelector.embeddedRefused(
                DataSourceSelector.CLOUD_SQL, "shop-assistant", null))
        .isFalse();
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
  void aReadIsRetriedOnceAtOnceNotThreeTimesFiveSecondsApart() {
    DatabaseLogin login = new DatabaseLogin();
    login.setConnector(new JNDIConnector("jdbc/shopEmbedded"));
    Server session = new Project(login).createServerSession();

    new DataSourceSelector.Customizer().customize(session);

    DatabaseLogin customized = (DatabaseLogin) session.getDatasourceLogin();
    assertThat(customized.getQueryRetryAttemptCount()).isEqualTo(1);
    assertThat(customized.getDelayBetweenConnectionAttempts()).isEqualTo(100);
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
