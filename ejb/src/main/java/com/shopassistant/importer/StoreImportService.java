package com.shopassistant.importer;

import com.shopassistant.catalog.Product;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a {@link StoreSnapshot} into the store in one transaction, idempotently: every row is
 * matched by its business key (category slug, product and variant code, customer handle, address
 * label, payment method code, voucher code, order number), so importing the same snapshot again
 * creates nothing and changes nothing. The rules for what an import may change on a row that
 * already exists are in {@code docs/import-format.md}; in short, the file wins for catalog and
 * account data it states, the store keeps what it owns (stock unless stated, gift-card balances,
 * default flags, voucher use counts, and orders, which are never rewritten).
 *
 * <p>A snapshot that breaks a rule fails with {@link InvalidStoreFileException} before or while
 * writing, and the transaction rolls back, so an import is all or nothing.
 *
 * <p>Applied files are recorded by the SHA-256 of their bytes ({@link StoreImportRun}), in the same
 * transaction as their import: the start-up import applies a file once ({@link #importOnce}), the
 * admin endpoint every time it is called ({@link #importAndRecord}).
 */
@Stateless
public class StoreImportService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  /** Stock given to variants a file marks {@code available} without stating {@code stock}. */
  @Inject
  @ConfigProperty(name = "shop.import.default-stock", defaultValue = "20")
  int defaultStock;

  /**
   * Reads and hashes a store file with the configured default stock; the one place both the
   * start-up import and the admin endpoint read files, so they read them alike.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public HashedStoreFile read(Path file) throws InvalidStoreFileException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads and hashes a store file from a stream, which is left open. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public HashedStoreFile read(InputStream in) throws InvalidStoreFileException, IOException {
    DigestInputStream hashing = StoreFileDigest.hashing(in);
    StoreSnapshot snapshot = new StoreSnapshotReader(defaultStock).read(hashing);
    return new HashedStoreFile(snapshot, StoreFileDigest.drain(hashing));
  }

  /** Whether a file with this SHA-256 has been applied already. */
  public boolean isRecorded(String sha256) {
    return em.createNamedQuery(StoreImportRun.COUNT_BY_SHA256, Long.class)
            .setParameter("sha256", sha256)
            .getSingleResult()
        > 0;
  }

  /**
   * Imports a file and records it, for an import that must apply each file once. The record is
   * written and flushed first: an instance importing the same file at the same moment waits on the
   * unique hash, then fails and rolls back when this transaction commits, before doing any work.
   */
  public ImportReport importOnce(HashedStoreFile file, String source)
      throws InvalidStoreFileException {
    StoreImportRun run = new StoreImportRun(file.sha256(), source);
    em.persist(run);
    em.flush();
    long id = run.getId();
    ImportReport report = importStore(file.snapshot());
    // The import cleared the persistence context batch by batch, so the record is found again.
    em.find(StoreImportRun.class, id).recordReport(report.summary());
    return report;
  }

  /**
   * Imports a file whether or not it was applied before (an explicit admin action) and records it
   * unless its hash already is.
   */
  public ImportReport importAndRecord(HashedStoreFile file, String source)
      throws InvalidStoreFileException {
    ImportReport report = importStore(file.snapshot());
    if (!isRecorded(file.sha256())) {
      StoreImportRun run = new StoreImportRun(file.sha256(), source);
      run.recordReport(report.summary());
      em.persist(run);
    }
    return report;
  }

  /** Imports with orders in {@value OrderAssembler#IMPORT_CURRENCY}, the currency of tau2. */
  public ImportReport importStore(StoreSnapshot snapshot) throws InvalidStoreFileException {
    return importStore(snapshot, OrderAssembler.IMPORT_CURRENCY);
  }

  /**
   * Imports a snapshot whose order amounts are in {@code currency} (an ISO 4217 code).
   *
   * @throws InvalidStoreFileException naming the first problems found, with their JSON paths
   */
  public ImportReport importStore(StoreSnapshot snapshot, String currency)
      throws InvalidStoreFileException {
    requireImportable(snapshot, currency);
    SnapshotValidator.validate(snapshot, ExistingKeys.load(em));
    ImportTally tally = new ImportTally();
    JpaBatches jpa = new JpaBatches(em);
    new CatalogImport(jpa, tally).run(snapshot);
    new CustomerImport(jpa, tally).run(snapshot.customers());
    new VoucherImport(jpa, tally).run(snapshot.vouchers());
    new OrderImport(jpa, tally).run(snapshot.orders());
    return tally.report();
  }

  /** Whether the catalog holds any product yet; the demo loader fills only an empty store. */
  public boolean hasProducts() {
    return em.createNamedQuery(Product.COUNT, Long.class).getSingleResult() > 0;
  }

  // CustomerOrder.imported records USD; other currencies wait for the entity to accept one.
  private static void requireImportable(StoreSnapshot snapshot, String currency)
      throws InvalidStoreFileException {
    String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    if (!snapshot.orders().isEmpty() && !OrderAssembler.IMPORT_CURRENCY.equals(code)) {
      throw new InvalidStoreFileException(
          "orders",
          "can only be imported in "
              + OrderAssembler.IMPORT_CURRENCY
              + " for now, not \""
              + currency
              + "\"");
    }
  }
}
