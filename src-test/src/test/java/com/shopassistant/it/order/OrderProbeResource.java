package com.shopassistant.it.order;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/**
 * Deployed only with the account and order tests: lets a client test give the customer it signed in
 * as some orders or a gift card, which no public endpoint creates.
 */
@Path("/v1/test/account-probe/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
public class OrderProbeResource {

  @Inject OrderProbe probe;

  /** The numbers of the orders placed, oldest first. */
  @POST
  @Path("orders")
  public String placeOrders(
      @PathParam("customerId") long customerId, @QueryParam("count") @DefaultValue("1") int count) {
    JsonArrayBuilder numbers = Json.createArrayBuilder();
    probe.placeOrders(customerId, count).forEach(numbers::add);
    return numbers.build().toString();
  }

  /** The gift card's id and code. */
  @POST
  @Path("gift-card")
  public String addGiftCard(
      @PathParam("customerId") long customerId, @QueryParam("balance") String balance) {
    var card = probe.addGiftCard(customerId, new BigDecimal(balance));
    JsonObject json =
        Json.createObjectBuilder().add("id", card.getId()).add("code", card.getCode()).build();
    return json.toString();
  }
}
