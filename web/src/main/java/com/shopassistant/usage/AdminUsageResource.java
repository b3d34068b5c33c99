package com.shopassistant.usage;

import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The ledger for administrators: usage reports and today's alert state. */
@Path("/v1/admin/usage")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsageResource {

  @Inject UsageReports reports;

  @GET
  @Operation(
      summary =
          "Calls, tokens and cost from one day to another, grouped by day, user, model or tier",
      description =
          "Days of the store's time zone, both ends included, at most 366 days. Rows: every day"
              + " in order; users most costly first (at most 1,000, then truncated); models by"
              + " name; tiers guest first. Totals cover the whole range.")
  @APIResponse(responseCode = "200", description = "The report")
  @APIResponse(responseCode = "400", description = "validation-failed: bad from, to or groupBy")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public UsageReportView report(
      @Parameter(description = "First day, e.g. 2026-11-01 (default: the first of to's month)")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last day, included (default: today)") @QueryParam("to") String to,
      @Parameter(description = "day (default), user, model or tier") @QueryParam("groupBy")
          String groupBy)
      throws InvalidUsageReportException {
    return UsageReportView.of(reports.report(from, to, groupBy));
  }

  @GET
  @Path("/alerts")
  @Operation(
      summary = "Today's cost against the daily alert threshold, customers past 80 % of a limit")
  @APIResponse(responseCode = "200", description = "The alert state")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  public UsageAlertsView alerts() {
    return UsageAlertsView.of(reports.alerts());
  }
}
