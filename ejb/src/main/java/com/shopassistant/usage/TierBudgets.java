package com.shopassistant.usage;

import com.shopassistant.customer.CustomerTier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The token budgets of each tier (seed: guest 10,000/day; free 50,000/day and 500,000/month;
 * premium 200,000/day and 3,000,000/month; enterprise unlimited), from MicroProfile Config keys
 * {@code shop.usage.budget.<tier>.daily} and {@code .monthly} (env {@code
 * SHOP_USAGE_BUDGET_FREE_DAILY}...); a negative value is unlimited. {@code
 * shop.usage.budget.warning-share} (0.8) is where the chat starts warning.
 */
@ApplicationScoped
public class TierBudgets {

  private final Map<CustomerTier, TierBudget> budgets = new EnumMap<>(CustomerTier.class);
  private double warningShare;

  /** For CDI's client proxy. */
  protected TierBudgets() {}

  @Inject
  public TierBudgets(Config config) {
    read(key -> config.getOptionalValue(key, String.class));
  }

  /** From any source of configuration values by key. */
  public static TierBudgets from(Function<String, Optional<String>> values) {
    TierBudgets result = new TierBudgets();
    result.read(values);
    return result;
  }

  private void read(Function<String, Optional<String>> values) {
    for (CustomerTier tier : CustomerTier.values()) {
      String prefix = "shop.usage.budget." + tier.name().toLowerCase(Locale.ROOT);
      budgets.put(
          tier,
          new TierBudget(
              TokenLimit.of(values.apply(prefix + ".daily").map(Long::parseLong).orElse(-1L)),
              TokenLimit.of(values.apply(prefix + ".monthly").map(Long::parseLong).orElse(-1L))));
    }
    this.warningShare =
        values.apply("shop.usage.budget.warning-share").map(Double::parseDouble).orElse(0.8);
    if (!(warningShare > 0 && warningShare <= 1)) {
      throw new IllegalArgumentException(
          "shop.usage.budget.warning-share must be above 0 and at most 1, not " + warningShare);
    }
  }

  /** For tests: the given budgets, warning at {@code warningShare}. */
  public static TierBudgets of(Map<CustomerTier, TierBudget> budgets, double warningShare) {
    TierBudgets result = new TierBudgets();
    for (CustomerTier tier : CustomerTier.values()) {
      result.budgets.put(
          tier,
          budgets.getOrDefault(tier, new TierBudget(TokenLimit.UNLIMITED, TokenLimit.UNLIMITED)));
    }
    result.warningShare = warningShare;
    return result;
  }

  public TierBudget of(CustomerTier tier) {
    return budgets.get(tier);
  }

  public double warningShare() {
    return warningShare;
  }
}
