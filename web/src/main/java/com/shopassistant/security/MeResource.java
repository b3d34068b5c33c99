package com.shopassistant.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signed-in caller's own account. */
@Path("/v1/me")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject AccountService accounts;

  @Context SecurityContext security;

  @GET
  @Operation(summary = "Who the access token belongs to: id, e-mail, names, tier, roles")
  public AccountProfile me() {
    return accounts
        .profile(Caller.customerId(security))
        .orElseThrow(() -> new NotFoundException("account"));
  }
}
