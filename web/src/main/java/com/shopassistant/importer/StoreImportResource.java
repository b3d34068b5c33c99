package com.shopassistant.importer;

import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Loads a catalog + customers + orders file; running it twice changes nothing. Unlike the start-up
 * import it applies the file every time it is called (an explicit admin action), and records the
 * file's hash so a later start-up does not apply it again.
 */
@Path("/v1/admin/import")
@RolesAllowed(Roles.ADMIN)
public class StoreImportResource {

  /** How runs of this endpoint are recorded in {@code store_import_run.source}. */
  static final String SOURCE = "api";

  @Inject StoreImportService importService;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a store file in the τ²-bench retail db.json format, idempotently")
  @APIResponse(responseCode = "200", description = "What was created, updated or left unchanged")
  @APIResponse(responseCode = "400", description = "The file is not valid; nothing was written")
  public ImportReportView importStore(InputStream body)
      throws InvalidStoreFileException, IOException {
    // Read through the service, so the configured default stock applies here as at start-up.
    HashedStoreFile file = importService.read(body);
    return ImportReportView.of(importService.importAndRecord(file, SOURCE));
  }
}
