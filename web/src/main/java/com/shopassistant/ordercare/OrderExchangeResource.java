package com.shopassistant.ordercare;

import com.shopassistant.confirmation.ConfirmableAction;
import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.order.OrderView;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exchanging items of one of the caller's delivered orders for other options, once. {@code POST
 * .../quote} describes it and returns a confirmation token; {@code POST .../confirm} with that
 * token performs it once and answers the order. The order number is written without its {@code #};
 * the path is {@code /api/v1/orders/{number}/exchange}, reached through the order resource.
 */
@Path("/v1/orders/{orderNumber}/exchange")
@RolesAllowed(Roles.CUSTOMER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Order care")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "404", description = "Not one of my orders, or an unknown token")
@APIResponse(responseCode = "409", description = "The retail policy refuses it (see the type)")
public class OrderExchangeResource {

  @Inject OrderCareService care;

  @Context SecurityContext security;

  @POST
  @Path("quote")
  @Operation(summary = "Describe exchanging items of my delivered order; returns a token")
  @APIResponse(
      responseCode = "200",
      description = "What would change, with a confirmation token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderCareQuoteView.class)))
  public OrderCareQuoteView quote(
      @PathParam("orderNumber") String number, @Valid @NotNull ExchangeQuoteRequest request)
      throws OrderCareException {
    return OrderCareCalls.quote(care, security, number, request.toCareRequest());
  }

  @POST
  @Path("confirm")
  @Operation(summary = "Request the quoted exchange; a retried confirm answers the same order")
  @APIResponse(
      responseCode = "200",
      description = "Done; the order as it is now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderView.class)))
  public OrderView confirm(
      @PathParam("orderNumber") String number, @Valid @NotNull ConfirmRequest request)
      throws OrderCareException, ConfirmationException {
    return OrderCareCalls.confirm(
        care, security, number, ConfirmableAction.EXCHANGE_ITEMS, request);
  }
}
