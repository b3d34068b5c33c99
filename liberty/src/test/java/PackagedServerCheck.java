import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Starts the runnable server package ({@code java -jar shop-assistant-server.jar}) the way a
 * container platform does, with only environment variables, and checks what it answers.
 *
 * <ol>
 *   <li>PostgreSQL at DATABASE_HOST, listening on the PORT it is given: {@code GET /api/v1/health}
 *       must answer 200 with a PostgreSQL database that is UP and every migration applied; then the
 *       server must stop on SIGTERM, as Cloud Run stops an instance.
 *   <li>CLOUD_SQL_CONNECTION_NAME set: the server must reach the Cloud SQL Admin API for exactly
 *       that instance with a bearer token, i.e. connect through the Cloud SQL Java connector in the
 *       package's library. The Admin API and the token endpoint are a stub on 127.0.0.1 (given to
 *       the connector through CLOUD_SQL_OPTIONS and a throw-away service account key), so nothing
 *       leaves this machine; the stub refuses, so health must stay 503.
 * </ol>
 *
 * <p>Run by the liberty module's build at integration-test (a single-file Java program, since the
 * module has no test sources of its own): {@code java -cp postgresql.jar PackagedServerCheck.java}
 * with the system properties read in {@link #main}. Prints one line per check and "N passed, N
 * failed"; exits non-zero on any failure.
 */
public final class PackagedServerCheck {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final String INSTANCE = "shop-check:asia-southeast2:shop-db";

  private final Path jar;
  private final Path work;
  private final Map<String, String> db;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PackagedServerCheck(Path jar, Path work, Map<String, String> db) {
    this.jar = jar;
    this.work = work;
    this.db = db;
  }

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("check.jar"));
    Path work = Path.of(System.getProperty("check.work"));
    Map<String, String> db =
        Map.of(
            "host", System.getProperty("check.db.host", "127.0.0.1"),
            "port", System.getProperty("check.db.port", "5432"),
            "name", System.getProperty("check.db.name", "shop_pkg_check"),
            "user", System.getProperty("check.db.user", "postgres"),
            "password", System.getProperty("check.db.password", ""));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("no server package at " + jar + ": run mvn package first");
    }
    Files.createDirectories(work);
    PackagedServerCheck check = new PackagedServerCheck(jar, work, db);
    int passed = 0;
    int failed = 0;
    for (String name : List.of("postgresAtPort", "cloudSqlThroughTheConnector")) {
      Instant start = Instant.now();
      try {
        if (name.equals("postgresAtPort")) {
          check.postgresAtPort();
        } else {
          check.cloudSqlThroughTheConnector();
        }
        passed++;
        System.out.printf("[PackagedServerCheck] %s PASSED in %d s%n", name, secondsSince(start));
      } catch (Exception | AssertionError e) {
        failed++;
        System.out.printf("[PackagedServerCheck] %s FAILED: %s%n", name, e.getMessage());
      }
    }
    System.out.printf("PackagedServerCheck: %d passed, %d failed%n", passed, failed);
    System.exit(failed == 0 ? 0 : 1);
  }

  private void postgresAtPort() throws Exception {
    recreateDatabase();
    int port = freePort();
    Map<String, String> env = baseEnv(port);
    env.put("DATABASE_HOST", db.get("host"));
    env.put("DATABASE_PORT", db.get("port"));
    env.put("DATABASE_NAME", db.get("name"));
    env.put("DATABASE_USER", db.get("user"));
    env.put("DATABASE_PASSWORD", db.get("password"));
    Process server = start(env, "postgres");
    try {
      HttpResponse<String> health = awaitHealth(server, port, r -> r.statusCode() == 200);
      String body = health.body().replace(" ", "");
      check(body.contains("\"status\":\"UP\""), "health is not UP: " + body);
      check(body.contains("\"kind\":\"postgresql\""), "not on PostgreSQL: " + body);
      String log = Files.readString(work.resolve("postgres-server.log"));
      check(
          log.contains("CWWKZ0001I: Application shop-assistant started"),
          "the log does not say that application shop-assistant started");
      check(!log.contains("CWWKZ0002E"), "an application failed to start (CWWKZ0002E in the log)");
    } finally {
      stop(server);
    }
  }

  private void cloudSqlThroughTheConnector() throws Exception {
    List<String> adminCalls = new CopyOnWriteArrayList<>();
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext("/token", exchange -> answer(exchange, 200, tokenJson()));
    stub.createContext(
        "/",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          adminCalls.add(exchange.getRequestURI().getPath() + " auth=" + auth);
          answer(exchange, 403, "{\"error\":{\"code\":403,\"message\":\"stub refuses\"}}");
        });
    stub.start();
    int stubPort = stub.getAddress().getPort();
    int port = freePort();
    Map<String, String> env = baseEnv(port);
    env.put("CLOUD_SQL_CONNECTION_NAME", INSTANCE);
    env.put(
        "CLOUD_SQL_OPTIONS",
        "&cloudSqlAdminRootUrl=http://127.0.0.1:"
            + stubPort
            + "/&cloudSqlGoogleCredentialsPath="
            + serviceAccountKey(stubPort));
    env.put("DATABASE_NAME", "shop");
    env.put("DATABASE_USER", "shop");
    Process server = start(env, "cloudsql");
    try {
      awaitHealth(server, port, r -> r.statusCode() == 503 && !adminCalls.isEmpty());
      // The connector asks for the instance's settings and its certificate at once, in either
      // order: ".../instances/shop-db/connectSettings" or ".../instances/shop-db:generate...".
      String call = adminCalls.get(0);
      check(
          call.matches(".*/projects/shop-check/instances/shop-db[/:].*"),
          "the Admin API was asked about another instance: " + call);
      check(call.contains("auth=Bearer "), "the Admin API call carried no token: " + call);
    } finally {
      stop(server);
      stub.stop(0);
    }
  }

  private Map<String, String> baseEnv(int port) throws IOException {
    Map<String, String> env = new java.util.HashMap<>(System.getenv());
    env.keySet()
        .removeIf(
            key ->
                key.startsWith("DATABASE_")
                    || key.startsWith("CLOUD_SQL_")
                    || key.startsWith("GEMINI_")
                    || key.equals("K_SERVICE")
                    || key.startsWith("GOOGLE_"));
    env.put("PORT", Integer.toString(port));
    env.put("HTTPS_PORT", Integer.toString(freePort()));
    env.put("CONSOLE_FORMAT", "simple");
    env.put("SHOP_DEMO_DATA", "never");
    return env;
  }

  private Process start(Map<String, String> env, String name) throws IOException {
    // The runnable jar extracts itself here rather than under the user's home, and refuses a
    // directory that already exists.
    Path extract = work.resolve("extract-" + name);
    deleteTree(extract);
    env.put("WLP_JAR_EXTRACT_DIR", extract.toString());
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve(name + "-server.log").toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Polls the health probe until {@code done} holds; fails if the server dies or time runs out. */
  private HttpResponse<String> awaitHealth(
      Process server, int port, java.util.function.Predicate<HttpResponse<String>> done)
      throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/health");
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline)) {
      check(server.isAlive(), "the server exited with " + exitCode(server));
      try {
        last =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (done.test(last)) {
          return last;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "no expected health answer within "
            + START_TIMEOUT.toSeconds()
            + " s; last: "
            + (last == null ? "none" : last.statusCode() + " " + last.body()));
  }

  /** SIGTERM, as Cloud Run sends; the package's launcher stops Liberty in its shutdown hook. */
  private static void stop(Process server) throws InterruptedException {
    List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
    server.destroy();
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      all.forEach(ProcessHandle::destroyForcibly);
      throw new AssertionError("the server did not stop within 60 s of SIGTERM");
    }
    all.forEach(ProcessHandle::destroyForcibly);
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private void recreateDatabase() throws Exception {
    String url = "jdbc:postgresql://" + db.get("host") + ":" + db.get("port") + "/postgres";
    String name = db.get("name");
    check(name.matches("[a-z0-9_]+"), "unsafe database name " + name);
    try (Connection connection =
            DriverManager.getConnection(url, db.get("user"), db.get("password"));
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    }
  }

  /** A throw-away service account key whose token endpoint is the stub. */
  private String serviceAccountKey(int stubPort) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String pem =
        "-----BEGIN PRIVATE KEY-----\\n"
            + Base64.getEncoder()
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
            + "\\n-----END PRIVATE KEY-----\\n";
    String json =
        "{\"type\":\"service_account\",\"project_id\":\"shop-check\",\"private_key_id\":\"check\","
            + "\"private_key\":\""
            + pem
            + "\",\"client_email\":\"check@shop-check.iam.gserviceaccount.com\","
            + "\"client_id\":\"1\",\"token_uri\":\"http://127.0.0.1:"
            + stubPort
            + "/token\"}";
    Path key = work.resolve("stub-service-account.json");
    Files.writeString(key, json);
    return key.toString();
  }

  private static String tokenJson() {
    return "{\"access_token\":\"stub-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}";
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String exitCode(Process process) {
    return process.isAlive() ? "nothing (still running)" : Integer.toString(process.exitValue());
  }

  private static long secondsSince(Instant start) {
    return Duration.between(start, Instant.now()).toSeconds();
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
