package com.shopassistant.importer;

import com.shopassistant.ops.DataSourceSelector;
import com.shopassistant.ops.SchemaReady;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills the store once the schema is current ({@link SchemaReady}, fired by the migrator at
 * start-up or on a later successful retry, as after a Cloud SQL cold start): imports the file named
 * by {@code shop.import-file} unless that file (by its SHA-256) was applied before, and then the
 * demo store when {@code shop.demo-data} asks for it. The file goes first so that {@code auto} sees
 * its products and does not mix demo data into a store that was given real data.
 *
 * <p>A start-up singleton so that it exists, and observes, before the event. It loads at most once
 * per application start, whichever of the observers fires first.
 *
 * <p>Nothing here stops the application: a bad file is logged with its message at SEVERE and
 * skipped, as is an import that fails for another reason.
 */
@Startup
@Singleton
public class DemoStoreLoader {

  private static final Logger LOG = Logger.getLogger(DemoStoreLoader.class.getName());

  /**
   * {@code always}, {@code auto} (the embedded database while it has no product) or {@code never}.
   */
  @Inject
  @ConfigProperty(name = "shop.demo-data", defaultValue = "auto")
  String demoData;

  /** A store snapshot file (docs/import-format.md) to apply once; unset for none. */
  @Inject
  @ConfigProperty(name = "shop.import-file")
  Optional<String> importFile;

  @EJB StoreImportService importer;

  private final AtomicBoolean loaded = new AtomicBoolean();

  /**
   * Public, so that it is a business method: CDI calls an EJB's observer only through its business
   * interface. Outside a transaction, so each import commits or rolls back on its own.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onSchemaReady(@Observes SchemaReady ready) {
    loadOnce(ready);
  }

  /** The same for an asynchronous event, which {@code @Observes} does not receive. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void onSchemaReadyAsync(@ObservesAsync SchemaReady ready) {
    loadOnce(ready);
  }

  private void loadOnce(SchemaReady ready) {
    if (!loaded.compareAndSet(false, true)) {
      return;
    }
    LOG.fine(() -> "Schema at version " + ready.schemaVersion() + ": loading store data");
    importFile.map(String::strip).filter(f -> !f.isEmpty()).ifPresent(this::importFile);
    Optional<DemoDataMode> mode = DemoDataMode.parse(demoData);
    if (mode.isEmpty()) {
      LOG.warning(
          () -> "shop.demo-data is '" + demoData + "', not always, auto or never; using auto");
    }
    try {
      if (mode.orElse(DemoDataMode.AUTO)
          .shouldLoad(DataSourceSelector.embedded(), () -> importer.hasProducts())) {
        loadDemo();
      }
    } catch (RuntimeException e) {
      failed("Demo store", e);
    }
  }

  private void importFile(String file) {
    long started = System.nanoTime();
    String sha256 = null;
    try {
      sha256 = StoreFileDigest.of(Path.of(file));
      if (importer.isRecorded(sha256)) {
        LOG.info(() -> "Store file " + file + " already imported (same SHA-256); skipped");
        return;
      }
      HashedStoreFile read = importer.read(Path.of(file));
      ImportReport report = importer.importOnce(read, "startup:" + file);
      LOG.info(() -> "Imported store file " + file + took(started) + ": " + report.summary());
    } catch (InvalidStoreFileException e) {
      LOG.severe(() -> "Store file " + file + " not imported: " + e.getMessage());
    } catch (IOException e) {
      LOG.severe(() -> "Store file " + file + " not imported: cannot read it (" + e + ")");
    } catch (RuntimeException e) {
      importFailed(file, sha256, e);
    }
  }

  /**
   * An instance that imports the same file at the same moment as another loses on the unique hash
   * and rolls back; that is the design working, not an error.
   */
  private void importFailed(String file, String sha256, RuntimeException e) {
    boolean byAnother;
    try {
      byAnother = sha256 != null && importer.isRecorded(sha256);
    } catch (RuntimeException again) {
      byAnother = false;
    }
    if (byAnother) {
      LOG.info(() -> "Store file " + file + " already imported by another instance; skipped");
      LOG.log(Level.FINE, "Store file " + file + " import lost the race", e);
    } else {
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
