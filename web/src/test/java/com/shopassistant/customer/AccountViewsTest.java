package com.shopassistant.customer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The account views, mapped from entities and written by Yasson (JSON-B in Liberty). */
class AccountViewsTest {

  private static final PostalAddress HOME =
      new PostalAddress("986 Sunset Drive", "Suite 259", "Denver", "CO", "80279", "USA");

  private final Customer noah =
      new Customer(
          "noah_brown_6181", null, "Noah", "Brown", CustomerTier.FREE, CustomerRole.CUSTOMER);

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().setProperty("jsonb.fail-on-unknown-properties", true));

  @Test
  void anAddressIsFlatWithItsDefaultFlag() {
    Address home = noah.addAddress("home", HOME, false);

    AddressView view = AddressView.of(home);

    assertThat(view.label()).isEqualTo("home");
    assertThat(view.address2()).isEqualTo("Suite 259");
    assertThat(view.isDefault()).isTrue();
    String json = jsonb.toJson(view);
    assertThat(json)
        .startsWith("{\"label\":\"home\",\"address1\":\"986 Sunset Drive\"")
        .contains("\"default\":true")
        .doesNotContain("isDefault")
        .doesNotContain("customer");
  }

  @Test
  void aCardShowsBrandAndLastFourButNoBalance() {
    PaymentMethodView card =
        PaymentMethodView.of(noah.addCreditCard("credit_card_1", "visa", "4242"));

    String json = jsonb.toJson(card);

    assertThat(json)
        .contains("\"code\":\"credit_card_1\"", "\"kind\":\"CREDIT_CARD\"", "\"brand\":\"visa\"")
        .contains("\"lastFour\":\"4242\"", "\"default\":true")
        .doesNotContain("balance");
  }

  @Test
  void aGiftCardShowsItsBalance() {
    noah.addPaypal("paypal_1");
    PaymentMethodView gift =
        PaymentMethodView.of(noah.addGiftCard("gift_card_1", new BigDecimal("27.50")));

    String json = jsonb.toJson(gift);

    assertThat(json)
        .contains("\"kind\":\"GIFT_CARD\"", "\"balance\":27.50", "\"default\":false")
        .doesNotContain("lastFour")
        .doesNotContain("brand");
  }

  @Test
  void anAddressRequestBindsWithOptionalFieldsLeftOut() {
    NewAddressRequest request =
        jsonb.fromJson(
            "{\"address1\":\"1 Main St\",\"city\":\"Austin\",\"country\":\"USA\"}",
            NewAddressRequest.class);

    assertThat(request.label()).isNull();
    assertThat(request.wantsDefault()).isFalse();
    assertThat(request.postalAddress())
        .isEqualTo(new PostalAddress("1 Main St", null, "Austin", null, null, "USA"));
  }

  @Test
  void aPaymentMethodRequestBindsItsKind() {
    NewPaymentMethodRequest request =
        jsonb.fromJson(
            "{\"kind\":\"CREDIT_CARD\",\"brand\":\"visa\",\"lastFour\":\"0005\"}",
            NewPaymentMethodRequest.class);

    assertThat(request.paymentMethodKind()).isEqualTo(PaymentMethodKind.CREDIT_CARD);
    assertThat(request.lastFour()).isEqualTo("0005");
  }
}
