package com.shopassistant.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured price per model (MicroProfile Config {@code shop.usage.prices}, env {@code
 * SHOP_USAGE_PRICES}): {@code model:input/output/cached;...} in USD per million tokens. A model not
 * in the table is priced as the first entry, so an unexpected model is never free; the offline
 * assistant costs nothing.
 */
@ApplicationScoped
public class ModelPriceTable {

  public static final String OFFLINE_MODEL = "offline";

  private Map<String, ModelPrice> prices;

  /** For CDI's client proxy. */
  protected ModelPriceTable() {}

  @Inject
  public ModelPriceTable(@ConfigProperty(name = "shop.usage.prices") String table) {
    this.prices = parse(table);
  }

  public ModelPrice priceOf(String model) {
    if (OFFLINE_MODEL.equals(model)) {
      return new ModelPrice(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    ModelPrice price = prices.get(model == null ? "" : model.toLowerCase(Locale.ROOT));
    return price != null ? price : prices.values().iterator().next();
  }

  public BigDecimal cost(String model, TokenCounts counts) {
    return priceOf(model).cost(counts);
  }

  static Map<String, ModelPrice> parse(String table) {
    Map<String, ModelPrice> parsed = new LinkedHashMap<>();
    for (String entry : table.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      String[] modelAndRates = entry.strip().split(":", 2);
      String[] rates = modelAndRates.length == 2 ? modelAndRates[1].split("/") : new String[0];
      if (rates.length != 3) {
        throw new IllegalArgumentException(
            "shop.usage.prices entry must be model:input/output/cached, not: " + entry.strip());
      }
      parsed.put(
          modelAndRates[0].strip().toLowerCase(Locale.ROOT),
          new ModelPrice(
              new BigDecimal(rates[0].strip()),
              new BigDecimal(rates[1].strip()),
              new BigDecimal(rates[2].strip())));
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("shop.usage.prices names no model");
    }
    return java.util.Collections.unmodifiableMap(parsed);
  }
}
