package com.shopassistant.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.cart.Cart;
import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.customer.Address;
import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PaymentMethod;
import com.shopassistant.customer.PostalAddress;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of a quote that need no database: cart, address, payment method, stock, balance. */
class CheckoutPlannerTest {

  private static final CheckoutRequest DEFAULTS = new CheckoutRequest(null, null, null);

  // No voucher is involved, so the planner never touches its entity manager.
  private final CheckoutPlanner planner = new CheckoutPlanner(null);
  private final Customer customer = Customer.guest("planner-guest");
  private final Cart cart = new Cart(customer);
  private final Product lamp = new Product("P-LAMP", "Desk Lamp", null, null);
  private final ProductVariant white =
      lamp.addVariant("LAMP-W", new BigDecimal("10.00"), 5, Map.of("color", "white"));
  private final Product bottle = new Product("P-BOTTLE", "Water Bottle", null, null);
  private final ProductVariant blue =
      bottle.addVariant("BOTTLE-B", new BigDecimal("47.84"), 3, Map.of("color", "blue"));

  private static PostalAddress street(String line) {
    return new PostalAddress(line, null, "Austin", "TX", "78701", "USA");
  }

  private void canPay() {
    customer.addAddress("home", street("1 Main Street"), false);
    customer.addCreditCard("credit_card_0000001", "visa", "4242");
  }

  private CheckoutException refusal(CheckoutRequest request) {
    try {
      planner.requirePurchasable(planner.plan(customer, cart, request));
    } catch (CheckoutException e) {
      return e;
    } catch (VoucherException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the checkout was not refused");
  }

  @Test
  void anEmptyCartIsRefused() {
    canPay();

    assertThat(refusal(DEFAULTS).kind()).isEqualTo(CheckoutException.Kind.CART_EMPTY);
  }

  @Test
  void theDefaultAddressAndPaymentMethodAreUsedAndTheTotalIsTheSubtotal() throws Exception {
    customer.addAddress("home", street("1 Main Street"), false);
    Address office = customer.addAddress("office", street("2 Office Park"), true);
    PaymentMethod card = customer.addCreditCard("credit_card_0000001", "visa", "4242");
    customer.addPaypal("paypal_0000001");
    cart.addOrIncrease(white, 2);
    cart.addOrIncrease(blue, 1);

    CheckoutPlan plan = planner.plan(customer, cart, DEFAULTS);
    planner.requirePurchasable(plan);

    assertThat(plan.address()).isSameAs(office);
    assertThat(plan.paymentMethod()).isSameAs(card);
    assertThat(plan.voucher()).isNull();
    assertThat(plan.cart().subtotal()).isEqualTo(new BigDecimal("67.84"));
    assertThat(plan.shipping()).isEqualTo(new BigDecimal("0.00"));
    assertThat(plan.total()).isEqualTo(new BigDecimal("67.84"));
  }

  @Test
  void withoutAnyAddressOrPaymentMethodTheCustomerIsToldToAddOne() {
    cart.addOrIncrease(white, 1);

    assertThat(refusal(DEFAULTS).kind()).isEqualTo(CheckoutException.Kind.ADDRESS_REQUIRED);
    customer.addAddress("home", street("1 Main Street"), false);
    assertThat(refusal(DEFAULTS).kind()).isEqualTo(CheckoutException.Kind.PAYMENT_METHOD_REQUIRED);
  }

  @Test
  void anAddressOrPaymentMethodThatIsNotTheCustomersIsNotFound() {
    canPay();
    cart.addOrIncrease(white, 1);

    CheckoutException address = refusal(new CheckoutRequest(987L, null, null));
    CheckoutException method = refusal(new CheckoutRequest(null, 654L, null));

    assertThat(address.kind()).isEqualTo(CheckoutException.Kind.ADDRESS_NOT_FOUND);
    assertThat(address.getMessage()).contains("987");
    assertThat(method.kind()).isEqualTo(CheckoutException.Kind.PAYMENT_METHOD_NOT_FOUND);
  }

  @Test
  void everyLineTheStockCannotSupplyIsNamedWithWhatIsAvailable() {
    canPay();
    cart.addOrIncrease(white, 3);
    cart.addOrIncrease(blue, 3);
    white.decrementStock(4); // sold elsewhere since: 1 left
    bottle.deactivate();

    CheckoutException refused = refusal(DEFAULTS);

    assertThat(refused.kind()).isEqualTo(CheckoutException.Kind.INSUFFICIENT_STOCK);
    assertThat(refused.getMessage())
        .isEqualTo(
            "Not enough in stock: 1 of item LAMP-W (Desk Lamp) available, the cart holds 3;"
                + " 0 of item BOTTLE-B (Water Bottle) available, the cart holds 3.");
  }

  @Test
  void aGiftCardMustCoverTheTotalAndItsBalanceIsNamed() throws Exception {
    customer.addAddress("home", street("1 Main Street"), false);
    customer.addGiftCard("gift_card_0000001", new BigDecimal("19.99"));
    cart.addOrIncrease(white, 2);

    CheckoutException refused = refusal(DEFAULTS);

    assertThat(refused.kind()).isEqualTo(CheckoutException.Kind.INSUFFICIENT_BALANCE);
    assertThat(refused.getMessage()).contains("balance of 19.99").contains("total is 20.00");
    cart.changeQuantity("LAMP-W", 1);
    planner.requirePurchasable(planner.plan(customer, cart, DEFAULTS)); // 10.00 is covered
  }
}
