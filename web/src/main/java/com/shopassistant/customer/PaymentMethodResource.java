package com.shopassistant.customer;

import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's payment methods. */
@Path("/v1/me/payment-methods")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class PaymentMethodResource {

  @Inject PaymentMethodService paymentMethods;

  @Context SecurityContext security;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List my payment methods (gift cards with their balance)")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentMethodView.class)))
  public List<PaymentMethodView> list() {
    return paymentMethods.list(Caller.customerId(security)).stream()
        .map(PaymentMethodView::of)
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my payment methods")
  @APIResponse(responseCode = "404", description = "Not one of my payment methods")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentMethodView.class)))
  public PaymentMethodView get(@PathParam("id") long id) {
    return paymentMethods
        .find(Caller.customerId(security), id)
        .map(PaymentMethodView::of)
        .orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a credit card (brand, last four digits) or PayPal")
  @APIResponse(responseCode = "201", description = "Added under a new code; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid fields, or a gift card")
  public Response add(@Valid @NotNull NewPaymentMethodRequest request)
      throws GiftCardNotAddableException, UnknownCustomerException {
    PaymentMethod method =
        paymentMethods.add(
            Caller.customerId(security),
            request.paymentMethodKind(),
            request.brand(),
            request.lastFour());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(method.getId().toString()).build())
        .entity(PaymentMethodView.of(method))
        .build();
  }

  @PUT
  @Path("{id}/default")
  @Operation(summary = "Make one of my payment methods the default")
  @APIResponse(responseCode = "404", description = "Not one of my payment methods")
  @APIResponse(
      responseCode = "200",
      description = "Now the default",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PaymentMethodView.class)))
  public PaymentMethodView makeDefault(@PathParam("id") long id) throws UnknownCustomerException {
    return paymentMethods
        .makeDefault(Caller.customerId(security), id)
        .map(PaymentMethodView::of)
        .orElseThrow(NotFoundException::new);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary = "Delete one of my payment methods; if it was the default, the oldest left is")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "Not one of my payment methods")
  @APIResponse(responseCode = "409", description = "A gift card that still holds money")
  public Response delete(@PathParam("id") long id)
      throws GiftCardHasBalanceException, UnknownCustomerException {
    if (!paymentMethods.remove(Caller.customerId(security), id)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
