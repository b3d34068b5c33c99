package com.shopassistant.cart;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

  /** The problem type ({@code urn:shop-assistant:problem:<slug>}), title and status of a kind. */
  record Answer(String slug, String title, Response.Status status) {}

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(CartException exception) {
    Answer answer = answerFor(exception.kind());
    Response response =
        Problem.of(answer.slug(), answer.title(), answer.status(), exception.getMessage())
            .at(uriInfo == null ? null : uriInfo.getRequestUri().getPath())
            .toResponse();
    if (answer.status() == Response.Status.UNAUTHORIZED) {
      // A 401 names the scheme to sign in with again.
      return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
    return response;
  }

  static Answer answerFor(CartException.Kind kind) {
    return switch (kind) {
      case VARIANT_NOT_FOUND ->
          new Answer("variant-not-found", "Item not found", Response.Status.NOT_FOUND);
      case VARIANT_UNAVAILABLE ->
          new Answer("variant-unavailable", "Item no longer sold", Response.Status.CONFLICT);
      case OUT_OF_STOCK -> new Answer("out-of-stock", "Out of stock", Response.Status.CONFLICT);
      case INSUFFICIENT_STOCK ->
          new Answer("insufficient-stock", "Not enough in stock", Response.Status.CONFLICT);
      case QUANTITY_LIMIT ->
          new Answer("quantity-limit", "Too many units in one line", Response.Status.CONFLICT);
      case LINE_NOT_FOUND ->
          new Answer("cart-line-not-found", "Cart line not found", Response.Status.NOT_FOUND);
      case CART_CHANGED ->
          new Answer("cart-changed", "Cart changed meanwhile", Response.Status.CONFLICT);
      case ACCOUNT_NOT_FOUND ->
          new Answer("unauthorized", "Unauthorized", Response.Status.UNAUTHORIZED);
    };
  }
}
