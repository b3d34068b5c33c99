package com.shopassistant.it.checkout;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;

/** Deployed only with the checkout tests: {@link CheckoutProbe} over HTTP for client tests. */
@Path("/v1/test/checkout-probe")
@Produces(MediaType.TEXT_PLAIN)
public class CheckoutProbeResource {

  /** The probe's path under the web module. */
  static final String PATH = "api/v1/test/checkout-probe/";

  @Inject CheckoutProbe probe;

  @Context SecurityContext security;

  /** A gift card for the caller (the customer of the bearer token); its id. */
  @POST
  @Path("gift-card")
  public String addGiftCard(@QueryParam("balance") String balance) {
    long caller = Long.parseLong(security.getUserPrincipal().getName());
    return Long.toString(probe.addGiftCard(caller, new BigDecimal(balance)));
  }

  @GET
  @Path("stock/{item}")
  public String stock(@PathParam("item") String item) {
    return Integer.toString(probe.stock(item));
  }

  @PUT
  @Path("stock/{item}")
  public String setStock(@PathParam("item") String item, @QueryParam("to") int stock) {
    probe.setStock(item, stock);
    return "ok";
  }

  @PUT
  @Path("price/{item}")
  public String setPrice(@PathParam("item") String item, @QueryParam("to") String price) {
    probe.setPrice(item, new BigDecimal(price));
    return "ok";
  }

  @GET
  @Path("voucher/{code}")
  public String voucherUses(@PathParam("code") String code) {
    return probe.timesUsed(code) + " " + probe.redemptions(code);
  }

  @PUT
  @Path("voucher/{code}/active")
  public String setVoucherActive(@PathParam("code") String code, @QueryParam("to") boolean on) {
    probe.setVoucherActive(code, on);
    return "ok";
  }

  @GET
  @Path("orders/{customer}")
  public String orders(@PathParam("customer") long customerId) {
    return Long.toString(probe.orders(customerId));
  }
}
