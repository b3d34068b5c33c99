package com.shopassistant.order;

import com.shopassistant.api.PageRequest;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's orders, read only. */
@Path("/v1/orders")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class OrderResource {

  /** Orders on a page when the client does not say. */
  static final int DEFAULT_PAGE_SIZE = 20;

  @Inject OrderHistoryService orders;

  @Context SecurityContext security;

  @GET
  @Operation(summary = "My orders, newest first, a page at a time (page from 1, size up to 100)")
  @APIResponse(responseCode = "400", description = "page or size is not a valid number")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderPageView.class)))
  public OrderPageView list(@QueryParam("page") String page, @QueryParam("size") String size) {
    long customerId = Caller.customerId(security);
    PageRequest request =
        PageRequest.parse(page, size, DEFAULT_PAGE_SIZE, OrderHistoryService.MAX_PAGE_SIZE);
    return OrderPageView.of(orders.page(customerId, request.page(), request.size()));
  }

  @GET
  @Path("{orderNumber}")
  @Operation(summary = "One of my orders in full; the number written without its leading #")
  @APIResponse(responseCode = "404", description = "Not one of my orders")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrderView.class)))
  public OrderView get(@PathParam("orderNumber") String orderNumber) {
    return orders
        .find(Caller.customerId(security), orderNumber)
        .map(OrderView::of)
        .orElseThrow(NotFoundException::new);
  }
}
