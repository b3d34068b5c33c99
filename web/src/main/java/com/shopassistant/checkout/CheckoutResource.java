package com.shopassistant.checkout;

import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.order.CustomerOrder;
import com.shopassistant.order.OrderHistoryService;
import com.shopassistant.order.OrderView;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checkout of the caller's cart in two steps: a quote with a confirmation token, then the confirm
 * that places the order. The caller comes from the verified token only; rules, locks and the
 * transaction are in {@link CheckoutService}, this class only translates.
 */
@Path("/v1/checkout")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checkout")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class CheckoutResource {

  @Inject CheckoutService checkout;

  @Inject OrderHistoryService orders;

  @Context SecurityContext security;

  @Context UriInfo uriInfo;

  @POST
  @Path("/quote")
  @Operation(summary = "Price my cart for an address and payment method; get a confirmation token")
  @APIResponse(responseCode = "200", description = "The quote, with confirmationToken")
  @APIResponse(responseCode = "404", description = "address, payment method or voucher not found")
  @APIResponse(
      responseCode = "409",
      description =
          "cart-empty, insufficient-stock, insufficient-gift-card-balance, voucher-*, ...")
  public QuoteView quote(@Valid QuoteRequest request) throws CheckoutException, VoucherException {
    QuoteRequest body = request == null ? QuoteRequest.NONE : request;
    return QuoteView.of(checkout.quote(Caller.customerId(security), body.toCheckoutRequest()));
  }

  @POST
  @Path("/confirm")
  @Operation(summary = "Place the order a quote described (Idempotency-Key header required)")
  @APIResponse(responseCode = "201", description = "Placed; Location names the order")
  @APIResponse(responseCode = "200", description = "Placed before with this key or token")
  @APIResponse(responseCode = "400", description = "No Idempotency-Key, or a bad body")
  @APIResponse(responseCode = "404", description = "confirmation-not-found")
  @APIResponse(
      responseCode = "409",
      description =
          "quote-outdated, insufficient-stock, insufficient-gift-card-balance, voucher-*, ...")
  public Response confirm(
      @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull ConfirmRequest request)
      throws CheckoutException, VoucherException, ConfirmationException {
    long customerId = Caller.customerId(security);
    PlacedOrder placed = checkout.confirm(customerId, request.confirmationToken(), idempotencyKey);
    CustomerOrder order =
        orders
            .find(customerId, placed.orderNumber())
            .orElseThrow(() -> new IllegalStateException("placed order not found"));
    URI location =
        uriInfo
            .getBaseUriBuilder()
            .path("v1/orders/{number}")
            .build(placed.orderNumber().replaceFirst("^#", ""));
    return Response.status(placed.created() ? Response.Status.CREATED : Response.Status.OK)
        .location(location)
        .entity(OrderView.of(order))
        .build();
  }
}
