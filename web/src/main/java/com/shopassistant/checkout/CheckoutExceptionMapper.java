package com.shopassistant.checkout;

import com.shopassistant.api.ProblemAnswer;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Checkout's refusals as problem+json, one stable type per {@link CheckoutException.Kind}; the
 * exception's message, written for the customer, is the detail.
 */
@Provider
public class CheckoutExceptionMapper implements ExceptionMapper<CheckoutException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(CheckoutException exception) {
    ProblemAnswer answer = answerFor(exception.kind());
    return answer.toResponse(exception.getMessage(), uriInfo);
  }

  static ProblemAnswer answerFor(CheckoutException.Kind kind) {
    return switch (kind) {
      case CART_EMPTY -> new ProblemAnswer("cart-empty", "Cart is empty", Response.Status.CONFLICT);
      case INSUFFICIENT_STOCK ->
          new ProblemAnswer("insufficient-stock", "Not enough in stock", Response.Status.CONFLICT);
      case ADDRESS_NOT_FOUND ->
          new ProblemAnswer("address-not-found", "Address not found", Response.Status.NOT_FOUND);
      case ADDRESS_REQUIRED ->
          new ProblemAnswer("address-required", "No address to ship to", Response.Status.CONFLICT);
      case PAYMENT_METHOD_NOT_FOUND ->
          new ProblemAnswer(
              "payment-method-not-found", "Payment method not found", Response.Status.NOT_FOUND);
      case PAYMENT_METHOD_REQUIRED ->
          new ProblemAnswer(
              "payment-method-required", "No payment method", Response.Status.CONFLICT);
      case INSUFFICIENT_BALANCE ->
          new ProblemAnswer(
              "insufficient-gift-card-balance",
              "Gift card balance too low",
              Response.Status.CONFLICT);
      case QUOTE_OUTDATED ->
          new ProblemAnswer("quote-outdated", "Quote outdated", Response.Status.CONFLICT);
      case IDEMPOTENCY_KEY_INVALID ->
          new ProblemAnswer(
              "idempotency-key-invalid",
              "Idempotency-Key missing or invalid",
              Response.Status.BAD_REQUEST);
      case ACCOUNT_NOT_FOUND ->
          new ProblemAnswer("unauthorized", "Unauthorized", Response.Status.UNAUTHORIZED);
    };
  }
}
