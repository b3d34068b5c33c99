package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationException;
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
 * Returning or exchanging items of one of the caller's delivered orders (number without its {@code
 * #}), once: a quote that returns a confirmation token, and a confirm that records the request.
 */
@Path("/v1/orders/{orderNumber}")
@RolesAllowed(Roles.CUSTOMER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order care")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "404", description = "Not one of my orders")
@APIResponse(responseCode = "409", description = "The retail policy refuses it (see the type)")
public class DeliveredOrderCareResource {

  @Inject OrderCareService care;

  @Context SecurityContext security;

  @POST
  @Path("return/quote")
  @Operation(summary = "Describe returning items of my delivered order: refund; returns a token")
  public OrderCareQuoteView quoteReturn(
      @PathParam("orderNumber") String number, @Valid @NotNull ReturnQuoteRequest request)
      throws OrderCareException {
    CareRequest returned =
        new CareRequest.Return(request.itemCodes(), request.paymentMethodCode(), request.reason());
    return OrderCareQuoteView.of(care.quote(Caller.customerId(security), number, returned));
  }

  @POST
  @Path("return/confirm")
  @Operation(summary = "Request the quoted return; a retried confirm answers the same order")
  public OrderView confirmReturn(
      @PathParam("orderNumber") String number, @Valid @NotNull ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return confirm(number, ConfirmableAction.RETURN_ITEMS, request);
  }

  @POST
  @Path("exchange/quote")
  @Operation(summary = "Describe exchanging items of my delivered order; returns a token")
  public OrderCareQuoteView quoteExchange(
      @PathParam("orderNumber") String number, @Valid @NotNull ExchangeQuoteRequest request)
      throws OrderCareException {
    return OrderCareQuoteView.of(
        care.quote(Caller.customerId(security), number, request.toCareRequest()));
  }

  @POST
  @Path("exchange/confirm")
  @Operation(summary = "Request the quoted exchange; a retried confirm answers the same order")
  public OrderView confirmExchange(
      @PathParam("orderNumber") String number, @Valid @NotNull ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return confirm(number, ConfirmableAction.EXCHANGE_ITEMS, request);
  }

  private OrderView confirm(String number, ConfirmableAction action, ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return OrderView.of(
        care.confirm(Caller.customerId(security), number, action, request.confirmationToken()));
  }
}
