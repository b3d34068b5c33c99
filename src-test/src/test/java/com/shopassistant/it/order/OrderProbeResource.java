package com.shopassistant.it.order;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;

/**
 * Deployed only with the account and order tests: gives the caller (the customer of the bearer
 * token, as for the real endpoints) some orders or a gift card, which no public endpoint creates.
 */
@Path("/v1/test/account-probe")
@Produces(MediaType.APPLICATION_JSON)
public class OrderProbeResource {

  @Inject OrderProbe probe;

  @Context SecurityContext security;

  /** The numbers of the orders placed, oldest first. */
  @POST
  @Path("orders")
  public String placeOrders(@QueryParam("count") @DefaultValue("1") int count) {
    JsonArrayBuilder numbers = Json.createArrayBuilder();
    probe.placeOrders(caller(), count).forEach(numbers::add);
    return numbers.build().toString();
  }

  /** The gift card's id and code. */
  @POST
  @Path("gift-card")
  public String addGiftCard(@QueryParam("balance") String balance) {
    var card = probe.addGiftCard(caller(), new BigDecimal(balance));
    JsonObject json =
        Json.createObjectBuilder().add("id", card.getId()).add("code", card.getCode()).build();
    return json.toString();
  }

  /** The token's subject, as the web module's Caller reads it (that class is not on this path). */
  private long caller() {
    return Long.parseLong(security.getUserPrincipal().getName());
  }
}
