package com.shopassistant.importer;

import static com.shopassistant.importer.PathedJson.keyPath;

import com.shopassistant.catalog.Category;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Upserts categories, then products with their variants, batch by batch. */
final class CatalogImport {

  private final JpaBatches jpa;
  private final ImportTally tally;
  private final Map<String, Long> categoryIds = new HashMap<>();

  CatalogImport(JpaBatches jpa, ImportTally tally) {
    this.jpa = jpa;
    this.tally = tally;
  }

  void run(StoreSnapshot snapshot) throws InvalidStoreFileException {
    importCategories(snapshot.categories());
    for (List<ProductRecord> batch : JpaBatches.split(snapshot.products(), JpaBatches.BATCH_SIZE)) {
      importProducts(batch);
    }
  }

  private void importCategories(List<CategoryRecord> records) throws InvalidStoreFileException {
    Map<String, Category> stored =
        jpa.find(
            Category.class,
            "select e from Category e where e.slug in :keys",
            records.stream().map(CategoryRecord::slug).toList(),
            Category::getSlug);
    Map<String, Category> all = new HashMap<>(stored);
    for (int i = 0; i < records.size(); i++) {
      CategoryRecord r = records.get(i);
      Category c = stored.get(r.slug());
      // Only the entity's rules are the file's fault; a failing persist is the server's.
      try {
        if (c == null) {
          c = CatalogMerge.create(r);
          tally.count(ImportedKind.CATEGORIES, RowOutcome.CREATED);
        } else {
          tally.count(ImportedKind.CATEGORIES, CatalogMerge.update(c, r));
          continue;
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InvalidStoreFileException("categories[" + i + "]", e.getMessage());
      }
      jpa.em().persist(c);
      all.put(r.slug(), c);
    }
    jpa.flush();
    all.forEach((slug, c) -> categoryIds.put(slug, c.getId()));
    jpa.em().clear();
  }

  private void importProducts(List<ProductRecord> batch) throws InvalidStoreFileException {
    Map<String, Product> stored =
        jpa.find(
            Product.class,
            "select e from Product e where e.code in :keys",
            batch.stream().map(ProductRecord::code).toList(),
            Product::getCode,
            "e.category",
            "e.variants",
            "e.variants.options");
    Map<String, Category> categories = new HashMap<>();
    for (ProductRecord r : batch) {
      Category category =
          categories.computeIfAbsent(
              r.categorySlug(), slug -> jpa.em().find(Category.class, categoryIds.get(slug)));
      Optional<Product> created;
      // Only the entity's rules are the file's fault; a failing persist is the server's.
      try {
        created = mergeProduct(r, Optional.ofNullable(stored.get(r.code())), category);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InvalidStoreFileException(keyPath("products", r.code()), e.getMessage());
      }
      created.ifPresent(jpa.em()::persist);
    }
    jpa.endBatch();
  }

  /** Applies the file to the stored product; a new product is returned, still to be persisted. */
  private Optional<Product> mergeProduct(
      ProductRecord r, Optional<Product> stored, Category category) {
    if (stored.isEmpty()) {
      Product p = CatalogMerge.create(r, category);
      r.variants().forEach(v -> CatalogMerge.addVariant(p, v));
      tally.count(ImportedKind.PRODUCTS, RowOutcome.CREATED);
      r.variants().forEach(v -> tally.count(ImportedKind.VARIANTS, RowOutcome.CREATED));
      return Optional.of(p);
    }
    Product p = stored.get();
    tally.count(ImportedKind.PRODUCTS, CatalogMerge.update(p, r, category));
    for (VariantRecord v : r.variants()) {
      Optional<ProductVariant> variant = p.variant(v.code());
      if (variant.isPresent()) {
        tally.count(ImportedKind.VARIANTS, CatalogMerge.update(variant.get(), v));
      } else {
        CatalogMerge.addVariant(p, v);
        tally.count(ImportedKind.VARIANTS, RowOutcome.CREATED);
      }
    }
    return Optional.empty();
  }
}
