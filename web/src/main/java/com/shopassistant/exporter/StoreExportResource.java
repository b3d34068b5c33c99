package com.shopassistant.exporter;

import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The store as a snapshot file in the τ²-bench retail {@code db.json} format: what {@code POST
 * /api/v1/admin/import} reads, so a file imported into an empty store comes back equal, and an
 * evaluation can compare the store after a replay with τ²-bench's expected state.
 */
@Path("/v1/admin/export")
@RolesAllowed(Roles.ADMIN)
public class StoreExportResource {

  @Inject StoreExportService exportService;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Export the store in the τ²-bench retail db.json format")
  @APIResponse(responseCode = "200", description = "products, users and orders")
  public StreamingOutput exportStore() {
    return exportService::export;
  }
}
