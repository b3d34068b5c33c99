package com.shopassistant.security;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Sign-in endpoints. Each grant answers with an access token (JSON) and sets the refresh token in
 * an HttpOnly cookie; {@code refresh} rotates that cookie. The public keys that verify access
 * tokens are served at {@code jwks} for Liberty's mpJwt (and anyone else verifying them).
 */
@Path("/v1/auth")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject AccountService accounts;
  @Inject SigningKeys signingKeys;

  @Context UriInfo uri;
  @Context SecurityContext security;

  @POST
  @Path("guest")
  @Operation(summary = "Start a guest session: an account without credentials (tier guest)")
  public Response guest() {
    return granted(accounts.startGuest());
  }

  @POST
  @Path("register")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create an account; a signed-in guest becomes it and keeps its cart and chats")
  @APIResponse(responseCode = "200", description = "Signed in: access token, refresh cookie")
  @APIResponse(responseCode = "409", description = "E-mail in use, or already registered")
  public Response register(@Valid @NotNull RegisterRequest request)
      throws AccountConflictException {
    return granted(accounts.register(callerIfSignedIn(), request.toRegistration()));
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign in with e-mail and password (or as the administrator)")
  @APIResponse(responseCode = "200", description = "Signed in: access token, refresh cookie")
  @APIResponse(responseCode = "401", description = "Unknown account or wrong password")
  public Response login(@Valid @NotNull LoginRequest request) throws InvalidCredentialsException {
    return granted(accounts.login(request.identifier(), request.password()));
  }

  @POST
  @Path("refresh")
  @Operation(summary = "Exchange the refresh cookie for a new access token and a new cookie")
  @APIResponse(responseCode = "200", description = "Signed in: access token, refresh cookie")
  @APIResponse(responseCode = "401", description = "Missing, expired, revoked or reused token")
  public Response refresh(@CookieParam(RefreshCookie.NAME) String refreshToken)
      throws RefreshRefusedException {
    return granted(accounts.refresh(refreshToken));
  }

  @POST
  @Path("logout")
  @Operation(summary = "End the sign-in of the refresh cookie and clear the cookie")
  @APIResponse(responseCode = "204", description = "Signed out")
  public Response logout(@CookieParam(RefreshCookie.NAME) String refreshToken) {
    accounts.logout(refreshToken);
    return Response.noContent().cookie(RefreshCookie.expired(uri)).build();
  }

  @GET
  @Path("jwks")
  @Operation(summary = "The public keys (JWK set) that verify access tokens")
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(signingKeys.publicJwks(), MediaType.APPLICATION_JSON_TYPE)
        .cacheControl(cache)
        .build();
  }

  private Response granted(SignIn signIn) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(AuthAnswer.of(signIn))
        .cookie(RefreshCookie.carrying(signIn.refreshToken(), uri))
        .cacheControl(noStore)
        .build();
  }

  /** The guest upgrading itself, when the request carries a valid token. */
  private Optional<Long> callerIfSignedIn() {
    return security.getUserPrincipal() == null
        ? Optional.empty()
        : Optional.of(Caller.customerId(security));
  }
}
