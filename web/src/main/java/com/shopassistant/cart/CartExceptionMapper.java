package com.shopassistant.cart;

import com.shopassistant.api.ProblemAnswer;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The cart's refusals as problem+json, one stable type per {@link CartException.Kind}; the
 * exception's message, written for people, is the detail.
 */
@Provider
public class CartExceptionMapper implements ExceptionMapper<CartException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(CartException exception) {
    ProblemAnswer answer = answerFor(exception.kind());
    return answer.toResponse(exception.getMessage(), uriInfo);
  }

  static ProblemAnswer answerFor(CartException.Kind kind) {
    return switch (kind) {
      case VARIANT_NOT_FOUND ->
          new ProblemAnswer("variant-not-found", "Item not found", Response.Status.NOT_FOUND);
      case VARIANT_UNAVAILABLE ->
          new ProblemAnswer("variant-unavailable", "Item no longer sold", Response.Status.CONFLICT);
      case OUT_OF_STOCK ->
          new ProblemAnswer("out-of-stock", "Out of stock", Response.Status.CONFLICT);
      case INSUFFICIENT_STOCK ->
          new ProblemAnswer("insufficient-stock", "Not enough in stock", Response.Status.CONFLICT);
      case QUANTITY_LIMIT ->
          new ProblemAnswer(
              "quantity-limit", "Too many units in one line", Response.Status.CONFLICT);
      case LINE_NOT_FOUND ->
          new ProblemAnswer(
              "cart-line-not-found", "Cart line not found", Response.Status.NOT_FOUND);
      case CART_CHANGED ->
          new ProblemAnswer("cart-changed", "Cart changed meanwhile", Response.Status.CONFLICT);
      case ACCOUNT_NOT_FOUND ->
          new ProblemAnswer("unauthorized", "Unauthorized", Response.Status.UNAUTHORIZED);
    };
  }
}
