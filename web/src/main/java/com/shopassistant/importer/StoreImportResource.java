package com.shopassistant.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Loads a catalog + customers + orders file; running it twice changes nothing. */
@Path("/v1/admin/import")
@RolesAllowed("admin")
public class StoreImportResource {

  @Inject StoreImportService importService;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a store file in the τ²-bench retail db.json format, idempotently")
  @APIResponse(responseCode = "200", description = "What was created, updated or left unchanged")
  @APIResponse(responseCode = "400", description = "The file is not valid; nothing was written")
  public ImportReportView importStore(InputStream body) throws InvalidStoreFileException {
    return ImportReportView.of(importService.importStore(new StoreSnapshotReader().read(body)));
  }
}
