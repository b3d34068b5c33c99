package com.shopassistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.shopassistant.catalog.Product;
import com.shopassistant.catalog.ProductVariant;
import com.shopassistant.checkout.DiscountType;
import com.shopassistant.checkout.Voucher;
import com.shopassistant.checkout.VoucherRefusal;
import com.shopassistant.customer.Customer;
import com.shopassistant.ops.DatabaseTime;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartContentsTest {

  private final Product bottle = new Product("8310926033", "Water Bottle", null, null);
  private final ProductVariant blue =
      bottle.addVariant(
          "6469567736", new BigDecimal("47.84"), 5, Map.of("color", "blue", "capacity", "1000ml"));
  private final Product lamp = new Product("6817146515", "Desk Lamp", null, null);
  private final ProductVariant white =
      lamp.addVariant("1569765161", new BigDecimal("10.00"), 2, Map.of("color", "white"));
  private final Cart cart = new Cart(Customer.guest("guest-1"));

  @Test
  void anEmptyCartHasZeroTotalsWithTwoDecimals() {
    CartContents contents = CartContents.of(cart, null);

    assertThat(contents.lines()).isEmpty();
    assertThat(contents.itemCount()).isZero();
    assertThat(contents.subtotal()).isEqualTo(new BigDecimal("0.00"));
    assertThat(contents.discount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(contents.total()).isEqualTo(new BigDecimal("0.00"));
    assertThat(contents.currency()).isEqualTo("USD");
    assertThat(contents.voucher()).isNull();
    assertThat(CartContents.EMPTY).isEqualTo(contents);
  }

  @Test
  void totalsAddUpTheLines() {
    cart.addOrIncrease(blue, 3);
    cart.addOrIncrease(white, 2);

    CartContents contents = CartContents.of(cart, null);

    assertThat(contents.lines())
        .extracting(CartContents.Line::lineTotal)
        .containsExactly(new BigDecimal("143.52"), new BigDecimal("20.00"));
    assertThat(contents.itemCount()).isEqualTo(5);
    assertThat(contents.subtotal()).isEqualTo(new BigDecimal("163.52"));
    assertThat(contents.discount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(contents.total()).isEqualTo(new BigDecimal("163.52"));
  }

  @Test
  void aLineDescribesItsVariantAndProduct() {
    cart.addOrIncrease(blue, 2);

    CartContents.Line line = CartContents.of(cart, null).lines().get(0);

    assertThat(line.itemCode()).isEqualTo("6469567736");
    assertThat(line.productCode()).isEqualTo("8310926033");
    assertThat(line.productName()).isEqualTo("Water Bottle");
    assertThat(line.options()).containsExactly(entry("capacity", "1000ml"), entry("color", "blue"));
    assertThat(line.unitPrice()).isEqualTo(new BigDecimal("47.84"));
    assertThat(line.quantity()).isEqualTo(2);
    assertThat(line.lineTotal()).isEqualTo(new BigDecimal("95.68"));
    assertThat(line.availableStock()).isEqualTo(5);
    assertThat(line.purchasable()).isTrue();
  }

  @Test
  void aLineBeyondTheStockLeftIsNotPurchasable() {
    cart.addOrIncrease(white, 2);
    white.decrementStock(1); // sold elsewhere since it was put in the cart

    CartContents.Line line = CartContents.of(cart, null).lines().get(0);

    assertThat(line.availableStock()).isEqualTo(1);
    assertThat(line.purchasable()).isFalse();
  }

  @Test
  void aWithdrawnProductsLineHasNothingAvailable() {
    cart.addOrIncrease(white, 1);
    lamp.deactivate();

    CartContents.Line line = CartContents.of(cart, null).lines().get(0);

    assertThat(line.availableStock()).isZero();
    assertThat(line.purchasable()).isFalse();
  }

  @Test
  void anApplyingVoucherIsTakenOffTheTotal() {
    cart.addOrIncrease(white, 1);
    Voucher save5 =
        new Voucher("save5", "5 off", DiscountType.FIXED_AMOUNT, new BigDecimal("5.00"), null);
    cart.applyVoucher(save5);

    CartContents contents =
        CartContents.of(cart, save5.assess(DatabaseTime.now(), cart.subtotal(), 0));

    assertThat(contents.voucher())
        .isEqualTo(new CartContents.AppliedVoucher("SAVE5", "5 off", true, null, null));
    assertThat(contents.discount()).isEqualTo(new BigDecimal("5.00"));
    assertThat(contents.total()).isEqualTo(new BigDecimal("5.00"));
  }

  @Test
  void aVoucherThatStoppedApplyingStaysNamedWithItsReasonAndTakesNothingOff() {
    cart.addOrIncrease(white, 1);
    Voucher big =
        new Voucher("big", "20 off 50", DiscountType.FIXED_AMOUNT, new BigDecimal("20.00"), null);
    big.requireMinSpend(new BigDecimal("50.00"));
    cart.applyVoucher(big);

    CartContents contents =
        CartContents.of(cart, big.assess(DatabaseTime.now(), cart.subtotal(), 0));

    assertThat(contents.voucher().applies()).isFalse();
    assertThat(contents.voucher().refusedFor()).isEqualTo(VoucherRefusal.Reason.MIN_SPEND_NOT_MET);
    assertThat(contents.voucher().reason()).contains("add 40.00 more");
    assertThat(contents.discount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(contents.total()).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void contentsDoNotFollowLaterChangesOfTheCart() {
    cart.addOrIncrease(white, 1);
    CartContents before = CartContents.of(cart, null);

    cart.addOrIncrease(blue, 1);

    assertThat(before.lines()).hasSize(1);
  }
}
