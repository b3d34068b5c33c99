package com.shopassistant.importer;

import java.util.List;

/**
 * The products of the demo store: what each is, where it belongs, its list price and the option
 * axes its variants vary along, read from the table {@code demo-catalog.txt} beside this class.
 * {@link DemoStoreGenerator} turns them into records.
 */
final class DemoCatalog {

  /** One option axis; each later value costs {@code stepPercent} % more than the one before. */
  record Axis(String name, int stepPercent, List<String> values) {}

  /** A product before its variants are spelled out. */
  record Template(
      String category, String name, String description, int listPrice, List<Axis> axes) {}

  /** The products, in the order of {@code demo-catalog.txt}, which lies beside this class. */
  static final List<Template> PRODUCTS = load("demo-catalog.txt");

  /** The categories the demo fills, in order of first use. */
  static final List<String> CATEGORIES =
      PRODUCTS.stream().map(Template::category).distinct().toList();

  private DemoCatalog() {}

  private static List<Template> load(String resource) {
    return DataTable.read(resource, 5).stream()
        .map(
            row ->
                new Template(
                    row.get(0),
                    row.get(1),
                    row.get(3),
                    Integer.parseInt(row.get(2)),
                    DataTable.list(row.get(4), ";").stream().map(DemoCatalog::parseAxis).toList()))
        .toList();
  }

  /** {@code "storage +12% = 128GB, 256GB"}: a name, an optional step and the values. */
  private static Axis parseAxis(String spec) {
    int equals = spec.indexOf('=');
    String head = spec.substring(0, equals).strip();
    List<String> values = DataTable.list(spec.substring(equals + 1), ",");
    int plus = head.lastIndexOf(" +");
    if (plus < 0 || !head.endsWith("%")) {
      return new Axis(head, 0, values);
    }
    int step = Integer.parseInt(head.substring(plus + 2, head.length() - 1));
    return new Axis(head.substring(0, plus).strip(), step, values);
  }
}
