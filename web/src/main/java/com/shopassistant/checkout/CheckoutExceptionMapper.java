package com.shopassistant.checkout;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

  /** The problem type ({@code urn:shop-assistant:problem:<slug>}), title and status of a kind. */
  record Answer(String slug, String title, Response.Status status) {}

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(CheckoutException exception) {
    Answer answer = answerFor(exception.kind());
    Response response =
        Problem.of(answer.slug(), answer.title(), answer.status(), exception.getMessage())
            .at(uriInfo == null ? null : uriInfo.getRequestUri().getPath())
            .toResponse();
    if (answer.status() == Response.Status.UNAUTHORIZED) {
      return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
    return response;
  }

  static Answer answerFor(CheckoutException.Kind kind) {
    return switch (kind) {
      case CART_EMPTY -> new Answer("cart-empty", "Cart is empty", Response.Status.CONFLICT);
      case INSUFFICIENT_STOCK ->
          new Answer("insufficient-stock", "Not enough in stock", Response.Status.CONFLICT);
      case ADDRESS_NOT_FOUND ->
          new Answer("address-not-found", "Address not found", Response.Status.NOT_FOUND);
      case ADDRESS_REQUIRED ->
          new Answer("address-required", "No address to ship to", Response.Status.CONFLICT);
      case PAYMENT_METHOD_NOT_FOUND ->
          new Answer(
              "payment-method-not-found", "Payment method not found", Response.Status.NOT_FOUND);
      case PAYMENT_METHOD_REQUIRED ->
          new Answer("payment-method-required", "No payment method", Response.Status.CONFLICT);
      case INSUFFICIENT_BALANCE ->
          new Answer(
              "insufficient-gift-card-balance",
              "Gift card balance too low",
              Response.Status.CONFLICT);
      case QUOTE_OUTDATED ->
          new Answer("quote-outdated", "Quote outdated", Response.Status.CONFLICT);
      case IDEMPOTENCY_KEY_INVALID ->
          new Answer(
              "idempotency-key-invalid",
              "Idempotency-Key missing or invalid",
              Response.Status.BAD_REQUEST);
      case ACCOUNT_NOT_FOUND ->
          new Answer("unauthorized", "Unauthorized", Response.Status.UNAUTHORIZED);
    };
  }
}
