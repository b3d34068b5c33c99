package com.shopassistant.importer;

import static com.shopassistant.importer.CatalogJsonMapper.keyField;

import com.shopassistant.customer.Address;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.PaymentMethodKind;
import com.shopassistant.customer.PostalAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code users}: the customers with their address book and payment methods. */
final class CustomerJsonMapper {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");

  CustomerRecord customer(String key, PathedJson node) throws InvalidStoreFileException {
    String handle = keyField(node, "user_id", key);
    PathedJson name = node.field("name");
    // The orders list repeats what the orders say about their user; only its shape is checked.
    Optional<PathedJson> orders = node.optionalField("orders");
    if (orders.isPresent()) {
      orders.get().texts();
    }
    return new CustomerRecord(
        handle,
        name.field("first_name").text(100),
        name.field("last_name").text(100),
        email(node),
        tier(node),
        addresses(node),
        paymentMethods(node));
  }

  private static String email(PathedJson node) throws InvalidStoreFileException {
    Optional<PathedJson> emailNode = node.optionalField("email");
    if (emailNode.isEmpty()) {
      return null;
    }
    String email = emailNode.get().text(320);
    if (!EMAIL.matcher(email).matches()) {
      throw emailNode.get().error("must look like name@domain, was \"" + email + "\"");
    }
    // Lower case, as the Customer entity stores it, so comparisons with the database agree.
    return email.toLowerCase(Locale.ROOT);
  }

  private static CustomerTier tier(PathedJson node) throws InvalidStoreFileException {
    Optional<PathedJson> tierNode = node.optionalField("tier");
    if (tierNode.isEmpty()) {
      return null;
    }
    String tier = tierNode.get().text();
    return switch (tier.toLowerCase(Locale.ROOT)) {
      case "guest" -> CustomerTier.GUEST;
      case "free" -> CustomerTier.FREE;
      case "premium" -> CustomerTier.PREMIUM;
      case "enterprise" -> CustomerTier.ENTERPRISE;
      default ->
          throw tierNode
              .get()
              .error("unknown tier \"" + tier + "\" (expected guest, free, premium or enterprise)");
    };
  }

  /** tau2's {@code address} is the default {@code home} entry; {@code addresses} adds more. */
  private static List<AddressRecord> addresses(PathedJson node) throws InvalidStoreFileException {
    List<AddressRecord> extra = new ArrayList<>();
    Optional<PathedJson> extraNode = node.optionalField("addresses");
    List<PathedJson> entries = extraNode.isPresent() ? extraNode.get().elements() : List.of();
    boolean extraDefault = false;
    Set<String> labels = new HashSet<>();
    labels.add(Address.DEFAULT_LABEL);
    for (PathedJson entry : entries) {
      PathedJson labelNode = entry.field("label");
      String label = labelNode.text(50);
      if (!labels.add(label)) {
        throw labelNode.error("label \"" + label + "\" is used twice");
      }
      Optional<PathedJson> defaultNode = entry.optionalField("default");
      boolean isDefault = defaultNode.isPresent() && defaultNode.get().bool();
      if (isDefault && extraDefault) {
        throw defaultNode.get().error("only one address can be the default");
      }
      extraDefault |= isDefault;
      extra.add(new AddressRecord(label, postalAddress(entry), isDefault));
    }
    List<AddressRecord> all = new ArrayList<>();
    all.add(
        new AddressRecord(
            Address.DEFAULT_LABEL, postalAddress(node.field("address")), !extraDefault));
    all.addAll(extra);
    return all;
  }

  /** A tau2 address object; the blank optional parts become null like the entity keeps them. */
  static PostalAddress postalAddress(PathedJson node) throws InvalidStoreFileException {
    return new PostalAddress(
        node.field("address1").text(200),
        optionalText(node, "address2", 200),
        node.field("city").text(100),
        optionalText(node, "state", 100),
        optionalText(node, "zip", 32),
        node.field("country").text(100));
  }

  private static String optionalText(PathedJson node, String field, int maxLength)
      throws InvalidStoreFileException {
    Optional<PathedJson> value = node.optionalField(field);
    if (value.isEmpty() || value.get().string().isBlank()) {
      return null;
    }
    return value.get().text(maxLength);
  }

  private static List<PaymentMethodRecord> paymentMethods(PathedJson node)
      throws InvalidStoreFileException {
    List<PaymentMethodRecord> methods = new ArrayList<>();
    Optional<PathedJson> methodsNode = node.optionalField("payment_methods");
    if (methodsNode.isPresent()) {
      for (Map.Entry<String, PathedJson> e : methodsNode.get().entries().entrySet()) {
        methods.add(paymentMethod(e.getKey(), e.getValue()));
      }
    }
    return methods;
  }

  private static PaymentMethodRecord paymentMethod(String key, PathedJson node)
      throws InvalidStoreFileException {
    String code = keyField(node, "id", key);
    PathedJson sourceNode = node.field("source");
    String source = sourceNode.text();
    return switch (source) {
      case "credit_card" ->
          new PaymentMethodRecord(
              code,
              PaymentMethodKind.CREDIT_CARD,
              optionalText(node, "brand", 50),
              lastFour(node.field("last_four")),
              null);
      case "paypal" -> new PaymentMethodRecord(code, PaymentMethodKind.PAYPAL, null, null, null);
      case "gift_card" ->
          new PaymentMethodRecord(
              code, PaymentMethodKind.GIFT_CARD, null, null, node.field("balance").money());
      default ->
          throw sourceNode.error(
              "unknown source \"" + source + "\" (expected credit_card, paypal or gift_card)");
    };
  }

  private static String lastFour(PathedJson node) throws InvalidStoreFileException {
    String digits = node.text();
    if (!LAST_FOUR.matcher(digits).matches()) {
      throw node.error("expected four digits, was \"" + digits + "\"");
    }
    return digits;
  }
}
