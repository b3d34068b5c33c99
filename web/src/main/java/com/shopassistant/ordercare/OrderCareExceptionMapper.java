package com.shopassistant.ordercare;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Order care's refusals as problem+json, one stable type per rule of the retail policy; the
 * exception's message, written for the customer, is the detail. An order that is not the caller's
 * answers exactly like a path that does not exist.
 */
@Provider
public class OrderCareExceptionMapper implements ExceptionMapper<OrderCareException> {

  /** The problem type ({@code urn:shop-assistant:problem:<slug>}), title and status of a rule. */
  record Answer(String slug, String title, Response.Status status) {}

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(OrderCareException exception) {
    Answer answer = answerFor(exception.rule());
    return Problem.of(answer.slug(), answer.title(), answer.status(), detailFor(exception))
        .at(uriInfo == null ? null : uriInfo.getRequestUri().getPath())
        .toResponse();
  }

  /** The customer's message; a missing order gets the words of any missing path. */
  static String detailFor(OrderCareException exception) {
    return exception.rule() == OrderCareException.Rule.ORDER_NOT_FOUND
        ? "No resource at this path."
        : exception.getMessage();
  }

  static Answer answerFor(OrderCareException.Rule rule) {
    return switch (rule) {
      case ORDER_NOT_FOUND -> new Answer("not-found", "Not Found", Response.Status.NOT_FOUND);
      case ORDER_NOT_PENDING ->
          new Answer("order-not-pending", "Order is not pending", Response.Status.CONFLICT);
      case ITEMS_ALREADY_MODIFIED ->
          new Answer(
              "items-already-modified", "Order items already modified", Response.Status.CONFLICT);
      case ORDER_NOT_DELIVERED ->
          new Answer("order-not-delivered", "Order is not delivered", Response.Status.CONFLICT);
      case INVALID_CANCEL_REASON ->
          new Answer(
              "invalid-cancel-reason", "Cancel reason not accepted", Response.Status.BAD_REQUEST);
      case ITEM_NOT_IN_ORDER ->
          new Answer("item-not-in-order", "Item not in the order", Response.Status.CONFLICT);
      case VARIANT_NOT_FOUND ->
          new Answer("variant-not-found", "Item not found", Response.Status.NOT_FOUND);
      case VARIANT_NOT_SAME_PRODUCT ->
          new Answer(
              "variant-not-same-product", "Item of another product", Response.Status.CONFLICT);
      case VARIANT_UNCHANGED ->
          new Answer("variant-unchanged", "Same item chosen", Response.Status.CONFLICT);
      case VARIANT_UNAVAILABLE ->
          new Answer("variant-unavailable", "Item not available", Response.Status.CONFLICT);
      case PAYMENT_METHOD_NOT_FOUND ->
          new Answer(
              "payment-method-not-found", "Payment method not found", Response.Status.NOT_FOUND);
      case SAME_PAYMENT_METHOD ->
          new Answer("same-payment-method", "Same payment method", Response.Status.CONFLICT);
      case PAYMENT_NOT_SINGLE ->
          new Answer(
              "payment-not-single", "Order paid with several methods", Response.Status.CONFLICT);
      case INSUFFICIENT_GIFT_CARD_BALANCE ->
          new Answer(
              "insufficient-gift-card-balance",
              "Gift card balance too low",
              Response.Status.CONFLICT);
      case REFUND_METHOD_NOT_ALLOWED ->
          new Answer(
              "refund-method-not-allowed", "Refund method not allowed", Response.Status.CONFLICT);
      case QUOTE_OUTDATED ->
          new Answer("quote-outdated", "Quote outdated", Response.Status.CONFLICT);
    };
  }
}
