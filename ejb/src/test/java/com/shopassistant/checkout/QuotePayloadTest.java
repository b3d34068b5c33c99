package com.shopassistant.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuotePayloadTest {

  @Test
  void aPayloadReadsBackAsWritten() {
    QuotePayload payload = new QuotePayload(11L, 22L, "hemat10", "ab".repeat(32));

    QuotePayload read = QuotePayload.parse(payload.toJson());

    assertThat(read).isEqualTo(payload);
    assertThat(read.request()).isEqualTo(new CheckoutRequest(11L, 22L, "hemat10"));
  }

  @Test
  void withoutAVoucherCodeTheCartsVoucherIsMeant() {
    QuotePayload payload = new QuotePayload(11L, 22L, null, "cd".repeat(32));

    assertThat(payload.toJson()).doesNotContain("voucherCode");
    assertThat(QuotePayload.parse(payload.toJson()).request().voucherCode()).isNull();
  }

  @Test
  void anUnknownVersionIsRefused() {
    assertThatThrownBy(
            () ->
                QuotePayload.parse(
                    "{\"v\":2,\"addressId\":1,\"paymentMethodId\":2,\"fingerprint\":\"x\"}"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBlankVoucherCodeInARequestMeansNone() {
    assertThat(new CheckoutRequest(null, null, "  ").voucherCode()).isNull();
    assertThat(new CheckoutRequest(null, null, " save5 ").voucherCode()).isEqualTo("save5");
  }
}
