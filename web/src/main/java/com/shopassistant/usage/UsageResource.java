package com.shopassistant.usage;

import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's own token usage and budget. */
@Path("/v1/usage")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

  @Inject UsageReports reports;

  @Context SecurityContext security;

  @GET
  @Path("/me")
  @Operation(
      summary = "The caller's tokens and cost today and this month, limits, remaining, by model",
      description =
          "Days and months of the store's time zone (timeZone); costs in USD rounded to 6"
              + " decimals; limit and remaining absent when the tier has no limit.")
  @APIResponse(responseCode = "200", description = "The caller's usage")
  @APIResponse(responseCode = "401", description = "No valid token (unauthorized)")
  public UsageMeView me() throws UnknownCustomerException {
    return UsageMeView.of(reports.me(Caller.customerId(security)));
  }
}
