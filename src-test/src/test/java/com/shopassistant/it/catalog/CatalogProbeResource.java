package com.shopassistant.it.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Deployed only with the catalog tests: withdraws a product (any signed-in caller may). */
@Path("/v1/test/catalog-probe")
public class CatalogProbeResource {

  @Inject CatalogProbe probe;

  @POST
  @Path("withdraw/{code}")
  public Response withdraw(@PathParam("code") String code) {
    return Response.status(probe.withdraw(code) ? 204 : 404).build();
  }
}
