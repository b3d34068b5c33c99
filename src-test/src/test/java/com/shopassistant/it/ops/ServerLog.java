package com.shopassistant.it.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The managed test server's {@code messages.log} files (the current one and any rolled over), which
 * the test server writes as JSON lines, the format the console has in production. The directory is
 * the build's {@code it.server.logs}.
 */
final class ServerLog {

  private final Path directory;

  private ServerLog(Path directory) {
    this.directory = directory;
  }

  static ServerLog ofTestServer() {
    String logs = System.getProperty("it.server.logs");
    if (logs == null || !Files.isDirectory(Path.of(logs))) {
      throw new IllegalStateException("it.server.logs is not the server's log directory: " + logs);
    }
    return new ServerLog(Path.of(logs));
  }

  /** Every messages log's whole text, for what must never be in it. */
  String text() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Path file : files()) {
      text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
    }
    return text.toString();
  }

  /** The JSON records of every messages log; lines that are not JSON objects are skipped. */
  List<JsonObject> records() throws IOException {
    List<JsonObject> records = new ArrayList<>();
    for (String line : text().split("\n")) {
      if (line.startsWith("{")) {
        try (var reader = Json.createReader(new StringReader(line))) {
          records.add(reader.readObject());
        } catch (JsonParsingException partial) {
          // the line being written right now; it is whole on the next read
        }
      }
    }
    return records;
  }

  /**
   * Waits for the first record that {@code wanted} accepts; fails the test when none came within
   * {@code limit}. Liberty writes log records on its own thread, a moment after the response.
   */
  JsonObject await(Predicate<JsonObject> wanted, Duration limit, String what)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    do {
      Optional<JsonObject> found = records().stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("no log record " + what + " within " + limit + " in " + directory);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("messages"))
          .sorted()
          .toList();
    }
  }
}
