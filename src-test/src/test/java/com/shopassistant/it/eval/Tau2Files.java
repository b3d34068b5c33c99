package com.shopassistant.it.eval;

import java.nio.file.Path;

/** Where the container tests find τ²-bench's retail domain and the test server's admin password. */
final class Tau2Files {

  private Tau2Files() {}

  static Path dbJson() {
    Path file =
        Path.of(
            System.getProperty("it.shared.dir", "../../shared"), "datasets/tau2-retail/db.json");
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new AssertionError("the tau2-retail dataset is missing at " + file);
    }
    return file;
  }

  static String adminPassword() {
    return System.getProperty("it.admin.password", "it-admin-secret");
  }
}
