package com.shopassistant.customer;

import com.shopassistant.confirmation.ConfirmationException;
import com.shopassistant.ordercare.ConfirmRequest;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
 * Modifies what the caller's default address says, in two steps (quote, confirm). Choosing another
 * entry as the default is {@code PUT /api/v1/me/addresses/{id}/default}.
 */
@Path("/v1/me/default-address")
@RolesAllowed(Roles.CUSTOMER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class DefaultAddressResource {

  @Inject DefaultAddressService defaultAddress;

  @Context SecurityContext security;

  @POST
  @Path("quote")
  @Operation(summary = "Describe changing my default address to this one; returns a token")
  @APIResponse(responseCode = "409", description = "I have no address at all")
  @APIResponse(
      responseCode = "200",
      description = "What would change, with a confirmation token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DefaultAddressQuoteView.class)))
  public DefaultAddressQuoteView quote(@Valid @NotNull PostalAddressRequest request)
      throws AccountRuleException {
    return DefaultAddressQuoteView.of(
        defaultAddress.quote(Caller.customerId(security), request.postalAddress()));
  }

  @POST
  @Path("confirm")
  @Operation(summary = "Change my default address as quoted; a retry answers the same entry")
  @APIResponse(responseCode = "404", description = "No quote of mine has this token")
  @APIResponse(responseCode = "409", description = "Expired token, or the default changed since")
  @APIResponse(
      responseCode = "200",
      description = "Done; the new default address",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AddressView.class)))
  public AddressView confirm(@Valid @NotNull ConfirmRequest request)
      throws AccountRuleException, ConfirmationException {
    return AddressView.of(
        defaultAddress.confirm(Caller.customerId(security), request.confirmationToken()));
  }
}
