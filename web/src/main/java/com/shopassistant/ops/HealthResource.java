package com.shopassistant.ops;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The seed's startup and liveness probe path for Cloud Run. */
@Path("/v1/health")
public class HealthResource {

  @Inject DatabaseHealth databaseHealth;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Is this instance able to serve? (database reachable, schema current)")
  @APIResponse(responseCode = "200", description = "Up")
  @APIResponse(responseCode = "503", description = "Down; the body says which part")
  public Response health() {
    DatabaseHealth.HealthReport report = databaseHealth.check();
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .cacheControl(noStore)
        .entity(HealthView.of(report))
        .build();
  }
}
