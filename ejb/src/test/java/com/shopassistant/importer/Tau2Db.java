package com.shopassistant.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared tau2 retail {@code db.json} by walking up from the working directory. */
final class Tau2Db {

  static final String RELATIVE = "shared/datasets/tau2-retail/db.json";

  private Tau2Db() {}

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
