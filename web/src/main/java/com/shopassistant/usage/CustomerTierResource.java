package com.shopassistant.usage;

import com.shopassistant.customer.CustomerNotFoundException;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.CustomerTierService;
import com.shopassistant.customer.TierChangeRefusedException;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An administrator puts a customer on another tier; it applies from their next model call. */
@Path("/v1/admin/customers/{id}/tier")
@RolesAllowed(Roles.ADMIN)
public class CustomerTierResource {

  @Inject CustomerTierService tiers;

  @Context SecurityContext security;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a customer's tier (GUEST, FREE, PREMIUM, ENTERPRISE)",
      description =
          "Applies from the customer's next model call; calls already in the ledger keep the"
              + " tier they were made on. A registered customer cannot become GUEST.")
  @APIResponse(responseCode = "200", description = "The customer's tier now, and before")
  @APIResponse(responseCode = "400", description = "validation-failed: an unknown tier")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(responseCode = "404", description = "customer-not-found")
  @APIResponse(
      responseCode = "409",
      description = "tier-change-refused: a registered customer cannot become GUEST")
  public TierChangeView change(
      @PathParam("id") long customerId, @Valid @NotNull TierChangeRequest request)
      throws CustomerNotFoundException, TierChangeRefusedException {
    CustomerTier tier = CustomerTier.valueOf(request.tier().toUpperCase(Locale.ROOT));
    return TierChangeView.of(tiers.change(Caller.customerId(security), customerId, tier));
  }
}
