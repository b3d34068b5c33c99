package com.shopassistant.importer;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a store snapshot file (the tau2 retail {@code db.json} format with our optional extensions,
 * see {@code docs/import-format.md}) into a {@link StoreSnapshot} that passed {@link
 * SnapshotValidator#checkWithinFile}: its references (users, items, payment methods) may name rows
 * already in the store, so {@link StoreImportService} checks them against the file and the
 * database. The file is streamed one record at a time, so only the records are held, never the
 * whole JSON tree. Top-level sections the format does not know are skipped.
 */
public final class StoreSnapshotReader {

  /** The stock an {@code available} variant gets when the file states no {@code stock}. */
  public static final int DEFAULT_STOCK = 20;

  private interface EntryMapper {
    void map(String key, PathedJson value) throws InvalidStoreFileException;
  }

  private interface ElementMapper {
    void map(PathedJson value) throws InvalidStoreFileException;
  }

  private final CatalogJsonMapper catalog;
  private final CustomerJsonMapper customers = new CustomerJsonMapper();
  private final OrderJsonMapper orders = new OrderJsonMapper();
  private final VoucherJsonMapper vouchers = new VoucherJsonMapper();

  public StoreSnapshotReader() {
    this(DEFAULT_STOCK);
  }

  /**
   * @param defaultStock the stock of {@code available} variants without {@code stock}, ≥ 1
   */
  public StoreSnapshotReader(int defaultStock) {
    this.catalog = new CatalogJsonMapper(defaultStock);
  }

  public StoreSnapshot read(Path file) throws InvalidStoreFileException, IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  public StoreSnapshot read(InputStream in) throws InvalidStoreFileException {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  public StoreSnapshot read(String json) throws InvalidStoreFileException {
    return read(new StringReader(json));
  }

  /** Reads and checks a snapshot; the reader is not closed. */
  public StoreSnapshot read(Reader in) throws InvalidStoreFileException {
    Sections sections = new Sections();
    String where = "$";
    try {
      JsonParser parser = Json.createParser(in);
      if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
        throw new InvalidStoreFileException("$", "expected a JSON object at the top level");
      }
      for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
        where = parser.getString();
        readSection(parser, where, parser.next(), sections);
      }
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidStoreFileException(
          where,
          "malformed JSON at line " + at.getLineNumber() + ", column " + at.getColumnNumber());
    } catch (JsonException | NoSuchElementException e) {
      throw new InvalidStoreFileException(where, "unreadable JSON (" + e.getMessage() + ")");
    }
    StoreSnapshot snapshot = sections.toSnapshot();
    SnapshotValidator.checkWithinFile(snapshot);
    return snapshot;
  }

  private void readSection(JsonParser parser, String name, Event start, Sections s)
      throws InvalidStoreFileException {
    switch (name) {
      case "products" ->
          readMap(parser, name, start, (k, v) -> s.products.add(catalog.product(k, v)));
      case "users" ->
          readMap(parser, name, start, (k, v) -> s.customers.add(customers.customer(k, v)));
      case "orders" -> readMap(parser, name, start, (k, v) -> s.orders.add(orders.order(k, v)));
      case "categories" ->
          readList(parser, name, start, v -> s.categories.add(catalog.category(v)));
      case "vouchers" -> readList(parser, name, start, v -> s.vouchers.add(vouchers.voucher(v)));
      default -> skip(parser, start);
    }
  }

  /** An object used as a map from id to record, read one record at a time. */
  private static void readMap(JsonParser parser, String name, Event start, EntryMapper mapper)
      throws InvalidStoreFileException {
    if (start == Event.VALUE_NULL) {
      return;
    }
    if (start != Event.START_OBJECT) {
      throw new InvalidStoreFileException(name, "expected an object keyed by id");
    }
    Set<String> keys = new HashSet<>();
    for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
      String key = parser.getString();
      String path = PathedJson.keyPath(name, key);
      if (!keys.add(key)) {
        throw new InvalidStoreFileException(path, "duplicate key");
      }
      parser.next();
      mapper.map(key, PathedJson.of(parser.getValue(), path));
    }
  }

  private static void readList(JsonParser parser, String name, Event start, ElementMapper mapper)
      throws InvalidStoreFileException {
    if (start == Event.VALUE_NULL) {
      return;
    }
    if (start != Event.START_ARRAY) {
      throw new InvalidStoreFileException(name, "expected an array");
    }
    int index = 0;
    for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
      String path = name + "[" + index++ + "]";
      mapper.map(PathedJson.of(parser.getValue(), path));
    }
  }

  private static void skip(JsonParser parser, Event start) {
    if (start == Event.START_OBJECT) {
      parser.skipObject();
    } else if (start == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  /** What has been read so far, in file order. */
  private static final class Sections {
    final List<CategoryRecord> categories = new ArrayList<>();
    final List<ProductRecord> products = new ArrayList<>();
    final List<CustomerRecord> customers = new ArrayList<>();
    final List<VoucherRecord> vouchers = new ArrayList<>();
    final List<OrderRecord> orders = new ArrayList<>();

    /**
     * The snapshot, with the standard categories that products name (by {@code category} or by the
     * keyword guess) added after the declared ones. A declared category wins over a standard one of
     * the same slug; an undeclared non-standard slug is left for the validator to report.
     */
    StoreSnapshot toSnapshot() {
      Map<String, CategoryRecord> all = new LinkedHashMap<>();
      categories.forEach(c -> all.putIfAbsent(c.slug(), c));
      List<CategoryRecord> withStandard = new ArrayList<>(categories);
      for (ProductRecord p : products) {
        Optional<CategoryRecord> standard = CategoryKeywords.standard(p.categorySlug());
        if (!all.containsKey(p.categorySlug()) && standard.isPresent()) {
          all.put(p.categorySlug(), standard.get());
          withStandard.add(standard.get());
        }
      }
      return new StoreSnapshot(withStandard, products, customers, vouchers, orders);
    }
  }
}
