package com.shopassistant.ordercare;

import com.shopassistant.api.ProblemAnswer;
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

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(OrderCareException exception) {
    ProblemAnswer answer = answerFor(exception.rule());
    return answer.toResponse(detailFor(exception), uriInfo);
  }

  /** The customer's message; a missing order gets the words of any missing path. */
  static String detailFor(OrderCareException exception) {
    return exception.rule() == OrderCareException.Rule.ORDER_NOT_FOUND
        ? "No resource at this path."
        : exception.getMessage();
  }

  static ProblemAnswer answerFor(OrderCareException.Rule rule) {
    return switch (rule) {
      case ORDER_NOT_FOUND ->
          new ProblemAnswer("not-found", "Not Found", Response.Status.NOT_FOUND);
      case ORDER_NOT_PENDING ->
          new ProblemAnswer("order-not-pending", "Order is not pending", Response.Status.CONFLICT);
      case ITEMS_ALREADY_MODIFIED ->
          new ProblemAnswer(
              "items-already-modified", "Order items already modified", Response.Status.CONFLICT);
      case ORDER_NOT_DELIVERED ->
          new ProblemAnswer(
              "order-not-delivered", "Order is not delivered", Response.Status.CONFLICT);
      case INVALID_CANCEL_REASON ->
          new ProblemAnswer(
              "invalid-cancel-reason", "Cancel reason not accepted", Response.Status.BAD_REQUEST);
      case ITEM_NOT_IN_ORDER ->
          new ProblemAnswer("item-not-in-order", "Item not in the order", Response.Status.CONFLICT);
      case VARIANT_NOT_FOUND ->
          new ProblemAnswer("variant-not-found", "Item not found", Response.Status.NOT_FOUND);
      case VARIANT_NOT_SAME_PRODUCT ->
          new ProblemAnswer(
              "variant-not-same-product", "Item of another product", Response.Status.CONFLICT);
      case VARIANT_UNCHANGED ->
          new ProblemAnswer("variant-unchanged", "Same item chosen", Response.Status.CONFLICT);
      case VARIANT_UNAVAILABLE ->
          new ProblemAnswer("variant-unavailable", "Item not available", Response.Status.CONFLICT);
      case PAYMENT_METHOD_NOT_FOUND ->
          new ProblemAnswer(
              "payment-method-not-found", "Payment method not found", Response.Status.NOT_FOUND);
      case SAME_PAYMENT_METHOD ->
          new ProblemAnswer("same-payment-method", "Same payment method", Response.Status.CONFLICT);
      case PAYMENT_NOT_SINGLE ->
          new ProblemAnswer(
              "payment-not-single", "Order paid with several methods", Response.Status.CONFLICT);
      case INSUFFICIENT_GIFT_CARD_BALANCE ->
          new ProblemAnswer(
              "insufficient-gift-card-balance",
              "Gift card balance too low",
              Response.Status.CONFLICT);
      case REFUND_METHOD_NOT_ALLOWED ->
          new ProblemAnswer(
              "refund-method-not-allowed", "Refund method not allowed", Response.Status.CONFLICT);
      case QUOTE_OUTDATED ->
          new ProblemAnswer("quote-outdated", "Quote outdated", Response.Status.CONFLICT);
    };
  }
}
