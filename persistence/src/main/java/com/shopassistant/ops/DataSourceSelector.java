package com.shopassistant.ops;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Points the single persistence unit {@code shop} at Cloud SQL, at PostgreSQL or at the embedded
 * database.
 *
 * <p>Liberty's {@code server.xml} cannot pick a datasource by whether an environment variable is
 * set, and two persistence units would double every injection point and named query. So the choice
 * is made once, here, from the same environment variables the datasources in server.xml read:
 *
 * <ol>
 *   <li>{@code CLOUD_SQL_CONNECTION_NAME} set ({@code project:region:instance}): {@value
 *       #CLOUD_SQL}, which reaches the instance through the Cloud SQL Java connector (the socket
 *       factory brings its own TLS and IAM authorisation; no host or port is needed);
 *   <li>otherwise {@code DATABASE_HOST} set: {@value #POSTGRES}, plain host and port;
 *   <li>otherwise {@value #EMBEDDED}.
 * </ol>
 *
 * The Flyway migrator and the health checks call {@link #dataSourceJndiName()} so they can never
 * disagree with the unit.
 *
 * <p>On Cloud Run (where {@code K_SERVICE} is set) having neither is a deployment fault, not a wish
 * for the embedded database: orders written to an instance's disk would be lost. {@link
 * #embeddedRefused()} says so, and the migrator keeps the instance unhealthy.
 *
 * <p>The EclipseLink hook is the nested {@link Customizer}, named in persistence.xml, so that code
 * calling the static rule compiles and runs without EclipseLink on its class path.
 */
public final class DataSourceSelector {

  /** JNDI name of the PostgreSQL datasource, used when a database host is configured. */
  public static final String POSTGRES = "jdbc/shopPostgres";

  /** JNDI name of the datasource that connects through the Cloud SQL Java connector. */
  public static final String CLOUD_SQL = "jdbc/shopCloudSql";

  /** JNDI name of the embedded datasource, the unit's declared {@code jta-data-source}. */
  public static final String EMBEDDED = "jdbc/shopEmbedded";

  private DataSourceSelector() {}

  /** The JNDI name of the datasource this process uses, by the rule in the class comment. */
  public static String dataSourceJndiName() {
    return dataSourceJndiName(
        System.getenv("CLOUD_SQL_CONNECTION_NAME"), System.getenv("DATABASE_HOST"));
  }

  static String dataSourceJndiName(String cloudSqlConnectionName, String databaseHost) {
    if (!isBlank(cloudSqlConnectionName)) {
      return CLOUD_SQL;
    }
    return isBlank(databaseHost) ? EMBEDDED : POSTGRES;
  }

  /** True when no database is configured and the embedded database is in use. */
  public static boolean embedded() {
    return EMBEDDED.equals(dataSourceJndiName());
  }

  /**
   * True when the embedded database would be used on Cloud Run without {@code
   * SHOP_ALLOW_EMBEDDED=true}.
   */
  public static boolean embeddedRefused() {
    return embeddedRefused(
        dataSourceJndiName(), System.getenv("K_SERVICE"), System.getenv("SHOP_ALLOW_EMBEDDED"));
  }

  static boolean embeddedRefused(String jndiName, String cloudRunService, String allowEmbedded) {
    return EMBEDDED.equals(jndiName)
        && !isBlank(cloudRunService)
        && !"true".equalsIgnoreCase(allowEmbedded);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * Re-targets the unit's container datasource to {@link #dataSourceJndiName()}, looked up by JNDI
   * name. Logins that do not go through a container datasource are left alone: a unit started with
   * JDBC URL properties (unit tests, tools) keeps its connection, because EclipseLink offers no way
   * to switch a customizer off by property (an empty class name fails deployment).
   */
  public static final class Customizer implements SessionCustomizer {

    /** EclipseLink instantiates customizers reflectively. */
    public Customizer() {}

    /**
     * EclipseLink retries a read that failed on a communication error outside a transaction: by
     * default 3 times, 5 s apart, so while the database is down every such request hung ~15 s
     * before failing. One quick retry still replaces a connection a database restart broke (the
     * pool hands out a new one); longer outages fail fast as 503 database-unavailable and the
     * client retries (docs/reliability.md#database-faults).
     */
    static final int QUERY_RETRIES = 1;

    static final int QUERY_RETRY_DELAY_MILLIS = 100;

    @Override
    public void customize(Session session) {
      String name = dataSourceJndiName();
      if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
        login.setQueryRetryAttemptCount(QUERY_RETRIES);
        login.setDelayBetweenConnectionAttempts(QUERY_RETRY_DELAY_MILLIS);
      }
      retarget(session.getDatasourceLogin(), name);
      // A non-JTA read pool, when the container configured one, has a login of its own.
      if (session instanceof Server server && server.getReadConnectionPool() != null) {
        retarget(server.getReadConnectionPool().getLogin(), name);
      }
    }

    private static void retarget(Login login, String jndiName) {
      if (login instanceof DatasourceLogin datasourceLogin
          && datasourceLogin.getConnector() instanceof JNDIConnector) {
        JNDIConnector connector = new JNDIConnector(jndiName);
        // A plain string lookup: Liberty binds datasources under their jndiName, not a composite.
        connector.setLookupType(JNDIConnector.STRING_LOOKUP);
        datasourceLogin.setConnector(connector);
      }
    }
  }
}
