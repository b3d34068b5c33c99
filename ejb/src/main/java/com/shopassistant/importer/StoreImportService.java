package com.shopassistant.importer;

import com.shopassistant.catalog.Product;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

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
 */
@Stateless
public class StoreImportService {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

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
