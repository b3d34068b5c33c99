package com.shopassistant.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything unmapped becomes a 500 problem that names an incident id; the stack trace
 * goes to the log under that id, never to the client. A failure because the database is out of
 * reach (restart, outage, pool exhausted) is not an incident of this request: 503 {@code
 * database-unavailable} with Retry-After, so clients retry and the server recovers by itself.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  /** Seconds a client should wait: a PostgreSQL restart or failover takes a few. */
  static final int DATABASE_RETRY_AFTER_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable exception) {
    String path = Problem.pathOf(uriInfo);
    if (DatabaseOutage.isCause(exception)) {
      // One line, no stack: during an outage every request says the same.
      LOG.log(Level.WARNING, "Database unavailable: {0}", exception.toString());
      return databaseUnavailable(path);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
    return Problem.of(
            "internal-error",
            "Internal server error",
            Response.Status.INTERNAL_SERVER_ERROR,
            "The server could not complete the request (incident " + incident + ").")
        .at(path)
        .toResponse();
  }

  static Response databaseUnavailable(String path) {
    return Response.fromResponse(
            Problem.of(
                    "database-unavailable",
                    "Database unavailable",
                    Response.Status.SERVICE_UNAVAILABLE,
                    "The database cannot be reached right now; try again shortly.")
                .at(path)
                .toResponse())
        .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
        .build();
  }
}
