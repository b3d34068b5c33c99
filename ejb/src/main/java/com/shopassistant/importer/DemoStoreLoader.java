package com.shopassistant.importer;

import com.shopassistant.ops.DataSourceSelector;
import com.shopassistant.ops.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the store at start-up, after the schema migration: imports the file named by {@code
 * shop.import-file} (at every start; the import is idempotent) and then the demo store when {@code
 * shop.demo-data} asks for it. The file goes first so that {@code auto} sees its products and does
 * not mix demo data into a store that was given real data.
 *
 * <p>Nothing here stops the application from starting: a bad file is logged with its message at
 * SEVERE and skipped, as is an import that fails for another reason.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class DemoStoreLoader {

  private static final Logger LOG = Logger.getLogger(DemoStoreLoader.class.getName());

  /**
   * {@code always}, {@code auto} (the embedded database while it has no product) or {@code never}.
   */
  @Inject
  @ConfigProperty(name = "shop.demo-data", defaultValue = "auto")
  String demoData;

  /** A store snapshot file (docs/import-format.md) to import at every start; unset for none. */
  @Inject
  @ConfigProperty(name = "shop.import-file")
  Optional<String> importFile;

  /** Stock given to variants a file marks {@code available} without stating {@code stock}. */
  @Inject
  @ConfigProperty(name = "shop.import.default-stock", defaultValue = "20")
  int defaultStock;

  @EJB StoreImportService importer;

  @EJB DatabaseMigrator migrator;

  // Outside a transaction, so each import commits or rolls back on its own.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void loadAtStartup() {
    if (!migrator.isSchemaReady()) {
      LOG.warning(
          "Store data not loaded: the database schema is not ready (see the migration log)");
      return;
    }
    importFile.map(String::strip).filter(f -> !f.isEmpty()).ifPresent(this::importFile);
    Optional<DemoDataMode> mode = DemoDataMode.parse(demoData);
    if (mode.isEmpty()) {
      LOG.warning(
          () -> "shop.demo-data is '" + demoData + "', not always, auto or never; using auto");
    }
    if (mode.orElse(DemoDataMode.AUTO)
        .shouldLoad(DataSourceSelector.embedded(), () -> importer.hasProducts())) {
      loadDemo();
    }
  }

  private void importFile(String file) {
    long started = System.nanoTime();
    try {
      StoreSnapshot snapshot = new StoreSnapshotReader(defaultStock).read(Path.of(file));
      ImportReport report = importer.importStore(snapshot);
      LOG.info(() -> "Imported store file " + file + took(started) + ": " + report.summary());
    } catch (InvalidStoreFileException e) {
      LOG.severe(() -> "Store file " + file + " not imported: " + e.getMessage());
    } catch (IOException e) {
      LOG.severe(() -> "Store file " + file + " not imported: cannot read it (" + e + ")");
    } catch (RuntimeException e) {
      failed("Store file " + file, e);
    }
  }

  private void loadDemo() {
    long started = System.nanoTime();
    try {
      ImportReport report = importer.importStore(new DemoStoreGenerator().generate());
      LOG.info(() -> "Loaded the demo store" + took(started) + ": " + report.summary());
    } catch (InvalidStoreFileException e) {
      LOG.severe(() -> "Demo store not loaded: " + e.getMessage());
    } catch (RuntimeException e) {
      failed("Demo store", e);
    }
  }

  /** The root cause's message at SEVERE; the stack trace only at FINE, for whoever debugs. */
  private static void failed(String what, RuntimeException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    LOG.severe(() -> what + " not loaded: " + reason.lines().findFirst().orElse(reason));
    LOG.log(Level.FINE, what + " not loaded", e);
  }

  private static String took(long startedNanos) {
    return String.format(" in %.1f s", (System.nanoTime() - startedNanos) / 1e9);
  }
}
