package com.shopassistant.importer;

import static com.shopassistant.importer.CatalogJsonMapper.optionalText;

import com.shopassistant.checkout.DiscountType;
import com.shopassistant.ops.DatabaseTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code vouchers} extension. */
final class VoucherJsonMapper {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  VoucherRecord voucher(PathedJson node) throws InvalidStoreFileException {
    PathedJson codeNode = node.field("code");
    String code = codeNode.text(64).toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      throw codeNode.error("must be letters, digits, '-' or '_', was \"" + code + "\"");
    }
    DiscountType type = discountType(node.field("discount_type"));
    PathedJson valueNode = node.field("discount_value");
    BigDecimal value = valueNode.positiveMoney();
    if (type == DiscountType.PERCENTAGE && value.compareTo(HUNDRED) > 0) {
      throw valueNode.error("a percentage must be at most 100, was " + value.toPlainString());
    }
    OffsetDateTime from = instant(node.field("valid_from"));
    Optional<PathedJson> untilNode = node.optionalField("valid_until");
    OffsetDateTime until = untilNode.isPresent() ? instant(untilNode.get()) : null;
    if (until != null && !until.isAfter(from)) {
      throw untilNode.get().error("must be after valid_from");
    }
    return new VoucherRecord(
        code,
        optionalText(node, "description").orElse(null),
        type,
        value,
        optionalMoney(node, "max_discount"),
        node.field("min_spend").money(),
        from,
        until,
        optionalLimit(node, "usage_limit_total"),
        optionalLimit(node, "usage_limit_per_customer"));
  }

  private static DiscountType discountType(PathedJson node) throws InvalidStoreFileException {
    String type = node.text();
    try {
      return DiscountType.valueOf(type.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw node.error(
          "unknown discount type \"" + type + "\" (expected PERCENTAGE or FIXED_AMOUNT)");
    }
  }

  /** An ISO-8601 instant with offset, or a date meaning its start in UTC. */
  private static OffsetDateTime instant(PathedJson node) throws InvalidStoreFileException {
    String text = node.text();
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      // Normalised like the entity stores it, so a re-import compares equal.
      return DatabaseTime.normalize(OffsetDateTime.parse(text));
    } catch (DateTimeParseException e) {
      throw node.error(
          "expected a date (2025-01-31) or a date-time with offset (2025-01-31T00:00:00Z), was \""
              + text
              + "\"");
    }
  }

  private static BigDecimal optionalMoney(PathedJson node, String field)
      throws InvalidStoreFileException {
    Optional<PathedJson> value = node.optionalField(field);
    return value.isPresent() ? value.get().positiveMoney() : null;
  }

  private static Integer optionalLimit(PathedJson node, String field)
      throws InvalidStoreFileException {
    Optional<PathedJson> value = node.optionalField(field);
    return value.isPresent() ? value.get().integer(1) : null;
  }
}
