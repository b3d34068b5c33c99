package com.shopassistant.assistant.tool;

import static com.shopassistant.assistant.tool.ToolParameter.Type.BOOLEAN;
import static com.shopassistant.assistant.tool.ToolParameter.Type.STRING;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.AddressBookService;
import com.shopassistant.customer.DefaultAddressQuote;
import com.shopassistant.customer.DefaultAddressService;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PaymentMethodService;
import com.shopassistant.customer.PostalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The caller's account as tools: the address book (list, add), the payment methods (list), and the
 * two-step change of what the default address says. Changing it is quoted here and committed only
 * by {@code confirm_order_change} after the customer's yes.
 */
@ApplicationScoped
public class AccountTools implements ToolSet {

  @Inject AddressBookService addresses;
  @Inject PaymentMethodService paymentMethods;
  @Inject DefaultAddressService defaultAddress;

  /** For CDI. */
  protected AccountTools() {}

  AccountTools(
      AddressBookService addresses,
      PaymentMethodService paymentMethods,
      DefaultAddressService defaultAddress) {
    this.addresses = addresses;
    this.paymentMethods = paymentMethods;
    this.defaultAddress = defaultAddress;
  }

  @Override
  public List<ShopTool> tools() {
    List<ToolParameter> newAddress = new ArrayList<>();
    newAddress.add(ToolParameter.optional("label", STRING, ""));
    newAddress.addAll(Args.addressParameters());
    newAddress.add(ToolParameter.optional("make_default", BOOLEAN, ""));
    return List.of(
        AdapterTool.reading(
            new ToolDeclaration(
                "list_addresses", "Saved addresses, with ids for checkout.", List.of()),
            (a, c) -> listAddresses(c)),
        AdapterTool.writing(
            new ToolDeclaration("add_address", "Save a new address.", newAddress),
            this::addAddress),
        AdapterTool.reading(
            new ToolDeclaration(
                "list_payment_methods",
                "Payment methods: ids for checkout, codes for orders.",
                List.of()),
            (a, c) -> listPaymentMethods(c)),
        AdapterTool.reading(
            new ToolDeclaration(
                "change_default_address",
                "Quote rewriting the default address.",
                Args.addressParameters()),
            this::quoteDefaultAddress));
  }

  private ToolResult listAddresses(ToolContext context) {
    List<Map<String, Object>> book =
        addresses.list(context.customerId()).stream().map(AccountTools::address).toList();
    return ToolResult.ok(
        "list_addresses", Fields.of().list("addresses", book).map(), book.size() + " addresses");
  }

  private ToolResult addAddress(ToolArguments arguments, ToolContext context) throws Exception {
    String label = Args.optionalText(arguments, "label", 40);
    PostalAddress postal = Args.postalAddress(arguments);
    boolean makeDefault = arguments.optionalFlag("make_default").orElse(false);
    Address added = addresses.add(context.customerId(), label, postal, makeDefault);
    return ToolResult.ok("add_address", address(added), "Address '" + added.getLabel() + "' saved");
  }

  private ToolResult listPaymentMethods(ToolContext context) {
    List<Map<String, Object>> methods =
        paymentMethods.list(context.customerId()).stream().map(AccountTools::method).toList();
    return ToolResult.ok(
        "list_payment_methods",
        Fields.of().list("payment_methods", methods).map(),
        methods.size() + " payment methods");
  }

  private ToolResult quoteDefaultAddress(ToolArguments arguments, ToolContext context)
      throws Exception {
    DefaultAddressQuote quote =
        defaultAddress.quote(context.customerId(), Args.postalAddress(arguments));
    Fields figures =
        Fields.of()
            .put("label", quote.label())
            .put("address", quote.address().toString())
            .put("new_address", quote.newAddress().toString());
    String summary =
        Say.in(
            context,
            "Change your default address \"" + quote.label() + "\" to: " + quote.newAddress(),
            "Ubah alamat utama \"" + quote.label() + "\" menjadi: " + quote.newAddress());
    return Pending.result(
        "change_default_address",
        figures,
        ConfirmableAction.CHANGE_DEFAULT_ADDRESS,
        quote.confirmation().token(),
        quote.confirmation().expiresAt(),
        summary);
  }

  /** An address-book entry in one line: id, label, the address, and whether it is the default. */
  static Map<String, Object> address(Address address) {
    return Fields.of()
        .put("id", address.getId())
        .put("label", address.getLabel())
        .put("address", address.getPostalAddress().toString())
        .flag("default", address.isDefault())
        .map();
  }

  private static Map<String, Object> method(PaymentMethod method) {
    return Fields.of()
        .put("id", method.getId())
        .put("code", method.getCode())
        .put("kind", method.getKind())
        .put("description", method.getBrand() == null ? null : describe(method))
        .flag("default", method.isDefault())
        .money("balance", method.getBalance())
        .map();
  }

  /** "visa ending 4242", "PayPal", "gift card": how the customer names it. */
  static String describe(PaymentMethod method) {
    return switch (method.getKind()) {
      case CREDIT_CARD ->
          (method.getBrand() == null ? "card" : method.getBrand())
              + " ending "
              + method.getLastFour();
      case PAYPAL -> "PayPal";
      case GIFT_CARD -> "gift card";
    };
  }
}
