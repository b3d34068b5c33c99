package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.order.OrderView;
import com.shopassistant.security.Caller;
import jakarta.ws.rs.core.SecurityContext;

/**
 * What every order-care resource does with a quote or a confirm: the caller's id from the token,
 * the service, the answer as a view.
 */
final class OrderCareCalls {

  private OrderCareCalls() {}

  static OrderCareQuoteView quote(
      OrderCareService care, SecurityContext security, String number, CareRequest request)
      throws OrderCareException {
    return OrderCareQuoteView.of(care.quote(Caller.customerId(security), number, request));
  }

  static OrderView confirm(
      OrderCareService care,
      SecurityContext security,
      String number,
      ConfirmableAction action,
      ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return OrderView.of(
        care.confirm(Caller.customerId(security), number, action, request.confirmationToken()));
  }
}
