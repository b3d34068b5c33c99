package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.customer.PostalAddressRequest;
import com.shopassistant.order.OrderView;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cancelling or modifying one of the caller's pending orders (number without its {@code #}): each a
 * quote that returns a confirmation token, and a confirm that performs it once and answers the
 * order.
 */
@Path("/v1/orders/{orderNumber}")
@RolesAllowed(Roles.CUSTOMER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order care")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "404", description = "Not one of my orders")
@APIResponse(responseCode = "409", description = "The retail policy refuses it (see the type)")
public class PendingOrderCareResource {

  @Inject OrderCareService care;

  @Context SecurityContext security;

  @POST
  @Path("cancel/quote")
  @Operation(summary = "Describe cancelling my pending order: status, refunds; returns a token")
  public OrderCareQuoteView quoteCancel(
      @PathParam("orderNumber") String number, @Valid @NotNull CancelQuoteRequest request)
      throws OrderCareException {
    return quote(number, new CareRequest.Cancel(request.reason()));
  }

  @POST
  @Path("cancel/confirm")
  @Operation(summary = "Cancel my order as quoted; a retried confirm answers the same order")
  public OrderView confirmCancel(
      @PathParam("orderNumber") String number, @Valid @NotNull ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return confirm(number, ConfirmableAction.CANCEL_ORDER, request);
  }

  @POST
  @Path("address/quote")
  @Operation(summary = "Describe shipping my pending order elsewhere; returns a token")
  public OrderCareQuoteView quoteAddress(
      @PathParam("orderNumber") String number, @Valid @NotNull PostalAddressRequest request)
      throws OrderCareException {
    return quote(number, new CareRequest.ShippingAddress(request.postalAddress()));
  }

  @POST
  @Path("address/confirm")
  @Operation(summary = "Ship my order to the quoted address")
  public OrderView confirmAddress(
      @PathParam("orderNumber") String number, @Valid @NotNull ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return confirm(number, ConfirmableAction.MODIFY_ORDER_ADDRESS, request);
  }

  @POST
  @Path("payment/quote")
  @Operation(summary = "Describe paying my pending order with another method; returns a token")
  public OrderCareQuoteView quotePayment(
      @PathParam("orderNumber") String number, @Valid @NotNull PaymentQuoteRequest request)
      throws OrderCareException {
    return quote(number, new CareRequest.Payment(request.paymentMethodCode()));
  }

  @POST
  @Path("payment/confirm")
  @Operation(summary = "Pay my order with the quoted method: the old one is refunded")
  public OrderView confirmPayment(
      @PathParam("orderNumber") String number, @Valid @NotNull ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return confirm(number, ConfirmableAction.MODIFY_ORDER_PAYMENT, request);
  }

  @POST
  @Path("items/quote")
  @Operation(summary = "Describe switching items of my pending order (once); returns a token")
  public OrderCareQuoteView quoteItems(
      @PathParam("orderNumber") String number, @Valid @NotNull ItemsQuoteRequest request)
      throws OrderCareException {
    return quote(number, request.toCareRequest());
  }

  @POST
  @Path("items/confirm")
  @Operation(summary = "Switch the quoted items; the order can then no longer be changed")
  public OrderView confirmItems(
      @PathParam("orderNumber") String number, @Valid @NotNull ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return confirm(number, ConfirmableAction.MODIFY_ORDER_ITEMS, request);
  }

  private OrderCareQuoteView quote(String number, CareRequest request) throws OrderCareException {
    return OrderCareQuoteView.of(care.quote(Caller.customerId(security), number, request));
  }

  private OrderView confirm(String number, ConfirmableAction action, ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return OrderView.of(
        care.confirm(Caller.customerId(security), number, action, request.confirmationToken()));
  }
}
