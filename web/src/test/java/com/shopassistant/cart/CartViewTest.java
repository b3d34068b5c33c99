package com.shopassistant.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.checkout.VoucherRefusal;
import com.shopassistant.security.StrictJsonbResolver;
import jakarta.json.bind.Jsonb;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cart's JSON as the API writes it, with Yasson (Liberty's JSON-B) and the API's config. */
class CartViewTest {

  private final Jsonb jsonb = new StrictJsonbResolver().getContext(CartView.class);

  private static CartContents.Line line(long id, String price, int quantity, String total) {
    TreeMap<String, String> options = new TreeMap<>();
    options.put("color", "blue");
    options.put("capacity", "1000ml");
    return new CartContents.Line(
        id,
        100 + id,
        "6469567736",
        "8310926033",
        "Water Bottle",
        options,
        new BigDecimal(price),
        quantity,
        new BigDecimal(total),
        5,
        true);
  }

  @Test
  void anEmptyCartHasEveryFieldWithAmountsAtTwoDecimalsAndANullVoucher() {
    String json = jsonb.toJson(CartView.of(CartContents.EMPTY));

    assertThat(json)
        .isEqualTo(
            "{\"lines\":[],\"itemCount\":0,\"subtotal\":0.00,\"discount\":0.00,"
                + "\"voucher\":null,\"total\":0.00,\"currency\":\"USD\"}");
  }

  @Test
  void aLineIsWrittenInItsDocumentedOrder() {
    CartContents contents =
        new CartContents(
            List.of(line(7, "10.00", 2, "20.00")),
            2,
            new BigDecimal("20.00"),
            new BigDecimal("0.00"),
            new BigDecimal("20.00"),
            "USD",
            null);

    String json = jsonb.toJson(CartView.of(contents));

    assertThat(json)
        .startsWith(
            "{\"lines\":[{\"id\":7,\"variantId\":107,\"itemCode\":\"6469567736\","
                + "\"productCode\":\"8310926033\",\"productName\":\"Water Bottle\","
                + "\"options\":{\"capacity\":\"1000ml\",\"color\":\"blue\"},"
                + "\"unitPrice\":10.00,\"quantity\":2,\"lineTotal\":20.00,"
                + "\"availableStock\":5,\"purchasable\":true}],\"itemCount\":2,")
        .endsWith(
            "\"subtotal\":20.00,\"discount\":0.00,\"voucher\":null,\"total\":20.00,"
                + "\"currency\":\"USD\"}");
  }

  @Test
  void anApplyingVoucherIsAnObjectWithItsCodeAndNoReason() {
    String json =
        jsonb.toJson(
            CartView.of(
                withVoucher(new CartContents.AppliedVoucher("SAVE5", null, true, null, null))));

    assertThat(json)
        .contains(
            "\"voucher\":{\"code\":\"SAVE5\",\"description\":null,\"applies\":true,"
                + "\"reason\":null,\"reasonType\":null}");
  }

  @Test
  void aVoucherThatDoesNotApplySaysWhyAndWithWhichProblemType() {
    String json =
        jsonb.toJson(
            CartView.of(
                withVoucher(
                    new CartContents.AppliedVoucher(
                        "HEMAT10",
                        "10% off",
                        false,
                        VoucherRefusal.Reason.MIN_SPEND_NOT_MET,
                        "add 5.00 more"))));

    assertThat(json)
        .contains(
            "\"voucher\":{\"code\":\"HEMAT10\",\"description\":\"10% off\","
                + "\"applies\":false,\"reason\":\"add 5.00 more\","
                + "\"reasonType\":\"urn:shop-assistant:problem:voucher-min-spend-not-met\"}");
  }

  private static CartContents withVoucher(CartContents.AppliedVoucher voucher) {
    return new CartContents(
        List.of(),
        0,
        new BigDecimal("0.00"),
        new BigDecimal("0.00"),
        new BigDecimal("0.00"),
        "USD",
        voucher);
  }
}
