package com.shopassistant.ordercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.security.StrictJsonbResolver;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the order-care bodies bind, strictly, and become the service's requests. */
class OrderCareRequestsTest {

  private final Jsonb jsonb = new StrictJsonbResolver().getContext(Object.class);

  @Test
  void anItemsBodyBecomesSwapsInOrder() {
    ItemsQuoteRequest body =
        jsonb.fromJson(
            "{\"items\":[{\"itemCode\":\"1\",\"newItemCode\":\"2\"},"
                + "{\"itemCode\":\"1\",\"newItemCode\":\"3\"}],\"paymentMethodCode\":\"gift_card_1\"}",
            ItemsQuoteRequest.class);

    assertThat(body.toCareRequest())
        .isEqualTo(
            new CareRequest.ModifyItems(
                List.of(new CareRequest.Swap("1", "2"), new CareRequest.Swap("1", "3")),
                "gift_card_1"));
  }

  @Test
  void anExchangeBodyKeepsItsReason() {
    ExchangeQuoteRequest body =
        jsonb.fromJson(
            "{\"items\":[{\"itemCode\":\"1\",\"newItemCode\":\"2\"}],"
                + "\"paymentMethodCode\":\"paypal_1\",\"reason\":\"colour\"}",
            ExchangeQuoteRequest.class);

    assertThat(body.toCareRequest())
        .isEqualTo(
            new CareRequest.Exchange(
                List.of(new CareRequest.Swap("1", "2")), "paypal_1", "colour"));
  }

  @Test
  void aReasonOnAnItemsBodyIsAnUnknownFieldNotIgnored() {
    assertThatThrownBy(
            () ->
                jsonb.fromJson(
                    "{\"items\":[],\"paymentMethodCode\":\"p\",\"reason\":\"x\"}",
                    ItemsQuoteRequest.class))
        .isInstanceOf(JsonbException.class);
    assertThatThrownBy(
            () -> jsonb.fromJson("{\"confirmationtoken\":\"cf_x\"}", ConfirmRequest.class))
        .isInstanceOf(JsonbException.class);
  }
}
