package com.shopassistant.it.security;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Deployed with {@link LimitsIT} only: a plain GET to spend a rate limit on, and a POST that binds
 * JSON with JSON-B, which no production endpoint does yet.
 */
@Path("/test/limits")
public class LimitsProbeResource {

  /** A body with one known field. */
  public record Note(String text) {}

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String ping() {
    return "pong";
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Note echo(Note note) {
    return note;
  }
}
