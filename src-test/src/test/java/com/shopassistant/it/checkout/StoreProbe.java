package com.shopassistant.it.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.it.support.ApiSession;
import java.net.http.HttpResponse;

/**
 * The client side of {@link CheckoutProbeResource}. Calls go with a signed-in session's token, so
 * they count against that session's rate limit and not the shared anonymous one of 127.0.0.1.
 */
record StoreProbe(ApiSession session) {

  int stock(String itemCode) throws Exception {
    return Integer.parseInt(call("GET", "stock/" + itemCode));
  }

  void setStock(String itemCode, int stock) throws Exception {
    call("PUT", "stock/" + itemCode + "?to=" + stock);
  }

  void setPrice(String itemCode, String price) throws Exception {
    call("PUT", "price/" + itemCode + "?to=" + price);
  }

  /** The voucher's {@code times_used}. */
  int timesUsed(String code) throws Exception {
    return Integer.parseInt(call("GET", "voucher/" + code).split(" ")[0]);
  }

  /** The voucher's redemption rows. */
  int redemptions(String code) throws Exception {
    return Integer.parseInt(call("GET", "voucher/" + code).split(" ")[1]);
  }

  void setVoucherActive(String code, boolean active) throws Exception {
    call("PUT", "voucher/" + code + "/active?to=" + active);
  }

  /** The customer's orders as rows in the database. */
  long orders(long customerId) throws Exception {
    return Long.parseLong(call("GET", "orders/" + customerId));
  }

  private String call(String method, String path) throws Exception {
    HttpResponse<String> answer =
        session.send(method, CheckoutProbeResource.PATH + path, method.equals("GET") ? null : "");
    assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(200);
    return answer.body().strip();
  }
}
