package com.shopassistant.importer;

import com.shopassistant.importer.DemoCatalog.Axis;
import com.shopassistant.importer.DemoCatalog.Template;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds the demo store as a {@link StoreSnapshot}: eight categories, sixty products with several
 * hundred variants, five customers, orders in every status and four vouchers. It is deterministic
 * (a fixed seed, fixed dates), so two runs give equal snapshots and a re-import changes nothing;
 * and it produces the same records as the file reader, so it flows through the same importer.
 */
public final class DemoStoreGenerator {

  /** The seed of every random choice: prices, stock, which variants exist, tracking ids. */
  public static final long SEED = 20250101L;

  /** At most this many variants per product, so a T-shirt does not need every colour and size. */
  static final int MAX_VARIANTS = 12;

  static final int MAX_STOCK = 60;

  /** About this share of variants is sold out, so "out of stock" answers can be tried. */
  static final int SOLD_OUT_PERCENT = 12;

  public StoreSnapshot generate() {
    Random random = new Random(SEED);
    List<CategoryRecord> categories =
        DemoCatalog.CATEGORIES.stream()
            .map(slug -> CategoryKeywords.standard(slug).orElseThrow())
            .toList();
    List<ProductRecord> products = new ArrayList<>();
    for (int i = 0; i < DemoCatalog.PRODUCTS.size(); i++) {
      products.add(product(i + 1, DemoCatalog.PRODUCTS.get(i), random));
    }
    List<CustomerRecord> customers = DemoAccounts.customers();
    List<OrderRecord> orders = new DemoOrders(products, customers, random).orders();
    return new StoreSnapshot(categories, products, customers, DemoAccounts.vouchers(), orders);
  }

  private static ProductRecord product(int number, Template t, Random random) {
    List<int[]> combinations = combinations(t.axes());
    if (combinations.size() > MAX_VARIANTS) {
      // A seeded shuffle picks which combinations exist; the rest keep their natural order.
      List<int[]> picked = new ArrayList<>(combinations);
      Collections.shuffle(picked, random);
      combinations.retainAll(picked.subList(0, MAX_VARIANTS));
    }
    List<VariantRecord> variants = new ArrayList<>();
    for (int k = 0; k < combinations.size(); k++) {
      int[] choice = combinations.get(k);
      Map<String, String> options = new LinkedHashMap<>();
      for (int a = 0; a < choice.length; a++) {
        options.put(t.axes().get(a).name(), t.axes().get(a).values().get(choice[a]));
      }
      int stock = random.nextInt(100) < SOLD_OUT_PERCENT ? 0 : 1 + random.nextInt(MAX_STOCK);
      variants.add(
          new VariantRecord(
              String.format("DV%04d%02d", number, k + 1),
              options,
              price(t, choice, random),
              stock,
              true));
    }
    return new ProductRecord(
        String.format("DP%04d", number), t.name(), t.description(), t.category(), variants);
  }

  /** Every combination of one value per axis, first axis slowest, as value indexes. */
  static List<int[]> combinations(List<Axis> axes) {
    List<int[]> all = new ArrayList<>();
    all.add(new int[0]);
    for (Axis axis : axes) {
      List<int[]> longer = new ArrayList<>();
      for (int[] prefix : all) {
        for (int v = 0; v < axis.values().size(); v++) {
          int[] next = Arrays.copyOf(prefix, prefix.length + 1);
          next[prefix.length] = v;
          longer.add(next);
        }
      }
      all = longer;
    }
    return all;
  }

  /**
   * The list price, raised by each priced axis per step (256GB costs more than 128GB), moved by up
   * to ±3 % so siblings differ, and set to end in .99 as shop prices do.
   */
  private static BigDecimal price(Template t, int[] choice, Random random) {
    double factor = 1.0;
    for (int a = 0; a < choice.length; a++) {
      factor *= 1.0 + t.axes().get(a).stepPercent() * choice[a] / 100.0;
    }
    factor *= 0.97 + random.nextInt(7) / 100.0;
    BigDecimal whole =
        BigDecimal.valueOf(t.listPrice() * factor)
            .setScale(0, RoundingMode.HALF_UP)
            .max(BigDecimal.ONE);
    return whole.subtract(new BigDecimal("0.01"));
  }
}
