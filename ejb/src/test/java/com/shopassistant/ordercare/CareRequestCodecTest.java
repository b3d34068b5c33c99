package com.shopassistant.ordercare;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.PostalAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every request survives the trip through its confirmation payload, with the quote's digest. */
class CareRequestCodecTest {

  private static final CareRequest.Swap SWAP = new CareRequest.Swap("6469567736", "1111111111");

  @Test
  void everyKindOfRequestReadsBackEqual() {
    List<CareRequest> requests =
        List.of(
            new CareRequest.Cancel("no longer needed"),
            new CareRequest.ShippingAddress(
                new PostalAddress("1 Market St", null, "Austin", "TX", "78701", "USA")),
            new CareRequest.Payment("gift_card_1"),
            new CareRequest.ModifyItems(List.of(SWAP, SWAP), "paypal_1"),
            new CareRequest.Return(List.of("6469567736", "6469567736"), "credit_card_1", "leaks"),
            new CareRequest.Return(List.of("6469567736"), "credit_card_1", null),
            new CareRequest.Exchange(List.of(SWAP), "gift_card_1", "colour"));

    for (CareRequest request : requests) {
      String payload = CareRequestCodec.payload(request, "digest-" + request.action());

      assertThat(CareRequestCodec.request(request.action(), payload)).isEqualTo(request);
      assertThat(CareRequestCodec.quotedFingerprint(payload))
          .isEqualTo("digest-" + request.action());
    }
  }

  @Test
  void absentCodesStayAbsent() {
    CareRequest request = new CareRequest.Cancel(null);

    String payload = CareRequestCodec.payload(request, "d");

    assertThat(CareRequestCodec.request(request.action(), payload)).isEqualTo(request);
  }
}
