package com.shopassistant.importer;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared tau2 retail {@code db.json} by walking up from the working directory. */
final class Tau2Db {

  static final String RELATIVE = "shared/datasets/tau2-retail/db.json";

  private Tau2Db() {}

  /**
   * The file, for tests that need it: absent, such a test is skipped on a developer's machine
   * without the shared datasets but fails on CI (environment variable {@code CI} set), where a
   * silently skipped test would hide that the dataset went missing.
   */
  static Path required() {
    Optional<Path> file = locate();
    String ci = System.getenv("CI");
    if (file.isEmpty() && ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci)) {
      fail("CI is set but " + RELATIVE + " is not above the working directory");
    }
    assumeTrue(file.isPresent(), "needs " + RELATIVE + " above the working directory");
    return file.get();
  }

  static Optional<Path> locate() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
