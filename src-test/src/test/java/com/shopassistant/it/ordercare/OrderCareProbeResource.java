package com.shopassistant.it.ordercare;

import com.shopassistant.order.OrderStatus;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * Deployed only with the order-care tests. Products, orders and gift cards for the caller (the
 * customer of the bearer token, as for the real endpoints); tokens for imported customers only for
 * the administrator.
 */
@Path("/v1/test/ordercare-probe")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrderCareProbeResource {

  @Inject OrderCareProbe probe;

  @Context SecurityContext security;

  /** Body {@code {"prices": ["10.00", ...], "stocks": [5, ...]}}; answers the item codes. */
  @POST
  @Path("products")
  public String newProduct(String body) {
    JsonObject json = read(body);
    List<BigDecimal> prices =
        json.getJsonArray("prices").getValuesAs(JsonString.class).stream()
            .map(s -> new BigDecimal(s.getString()))
            .toList();
    List<Integer> stocks =
        json.getJsonArray("stocks").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::intValue)
            .toList();
    JsonArrayBuilder codes = Json.createArrayBuilder();
    probe.newProduct(prices, stocks).forEach(codes::add);
    return codes.build().toString();
  }

  /** Body {@code {"status": "PENDING", "itemCodes": [...], "paidWith": "<code>"}}. */
  @POST
  @Path("orders")
  public String placeOrder(String body) {
    JsonObject json = read(body);
    String number =
        probe.placeOrder(
            caller(),
            OrderStatus.valueOf(json.getString("status")),
            json.getJsonArray("itemCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList(),
            json.getString("paidWith"));
    return Json.createObjectBuilder().add("orderNumber", number).build().toString();
  }

  @POST
  @Path("gift-cards")
  public String addGiftCard(@QueryParam("balance") String balance) {
    var card = probe.addGiftCard(caller(), new BigDecimal(balance));
    return Json.createObjectBuilder()
        .add("id", card.getId())
        .add("code", card.getCode())
        .build()
        .toString();
  }

  @POST
  @Path("prices")
  public String changePrice(
      @QueryParam("itemCode") String itemCode, @QueryParam("price") String price) {
    probe.changePrice(itemCode, new BigDecimal(price));
    return "{}";
  }

  /** An access token for the imported customer {@code handle}: administrators only. */
  @POST
  @Path("tokens")
  @RolesAllowed(Roles.ADMIN)
  public String tokenFor(@QueryParam("handle") String handle) {
    return Json.createObjectBuilder()
        .add("accessToken", probe.tokenFor(handle))
        .add("customerId", probe.customerId(handle))
        .build()
        .toString();
  }

  private long caller() {
    return Long.parseLong(security.getUserPrincipal().getName());
  }

  private static JsonObject read(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
