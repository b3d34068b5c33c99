package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.ops.SchemaReady;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader applies the import file once per file and per start, whichever event comes first. */
class DemoStoreLoaderTest {

  private static final SchemaReady READY = new SchemaReady("2");

  @TempDir Path dir;

  private final FakeImporter importer = new FakeImporter();
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          logged.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private DemoStoreLoader loader;

  @BeforeEach
  void loaderWithAFile() throws Exception {
    Path file = dir.resolve("db.json");
    Files.writeString(file, "{\"products\": {}}");
    loader = new DemoStoreLoader();
    loader.importer = importer;
    loader.demoData = "never";
    loader.importFile = Optional.of(file.toString());
    Logger.getLogger(DemoStoreLoader.class.getName()).addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    Logger.getLogger(DemoStoreLoader.class.getName()).removeHandler(capture);
  }

  @Test
  void importsAndRecordsTheFileOnceThoughTheEventComesAgain() {
    loader.onSchemaReady(READY);
    loader.onSchemaReadyAsync(READY);
    loader.onSchemaReady(READY);

    assertThat(importer.sources).containsExactly("startup:" + loader.importFile.get());
    assertThat(importer.recorded).hasSize(1);
  }

  @Test
  void skipsAFileAlreadyRecordedWithOneInfoLine() throws Exception {
    importer.recorded.put(StoreFileDigest.of(Path.of(loader.importFile.get())), "api");

    loader.onSchemaReady(READY);

    assertThat(importer.sources).isEmpty();
    assertThat(messages(Level.INFO)).singleElement().asString().contains("already imported");
  }

  @Test
  void losingTheRaceToAnotherInstanceIsNotAnError() {
    importer.anotherInstanceWins = true;

    loader.onSchemaReady(READY);

    assertThat(messages(Level.SEVERE)).isEmpty();
    assertThat(messages(Level.INFO))
        .singleElement()
        .asString()
        .contains("already imported by another instance");
  }

  @Test
  void anyOtherFailureIsLoggedAsSevereAndTheLoaderCarriesOn() {
    importer.failure = new IllegalStateException("database gone");

    loader.onSchemaReady(READY);

    assertThat(messages(Level.SEVERE)).singleElement().asString().contains("database gone");
  }

  private List<String> messages(Level level) {
    return logged.stream()
        .filter(r -> r.getLevel().equals(level))
        .map(r -> r.getMessage())
        .toList();
  }

  /** The service without a database: records in a map, can lose a race or fail. */
  private static final class FakeImporter extends StoreImportService {
    final Map<String, String> recorded = new java.util.HashMap<>();
    final List<String> sources = new ArrayList<>();
    boolean anotherInstanceWins;
    RuntimeException failure;

    FakeImporter() {
      defaultStock = 20;
    }

    @Override
    public boolean isRecorded(String sha256) {
      return recorded.containsKey(sha256);
    }

    @Override
    public ImportReport importOnce(HashedStoreFile file, String source) {
      if (anotherInstanceWins) {
        // What the database does: the other commit lands, this insert violates the unique hash.
        recorded.put(file.sha256(), "startup:elsewhere");
        throw new IllegalStateException("duplicate key value violates uq_store_import_run_sha256");
      }
      if (failure != null) {
        throw failure;
      }
      sources.add(source);
      recorded.put(file.sha256(), source);
      return new ImportReport(Map.of(), List.of());
    }
  }
}
