package com.shopassistant.importer;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The importer's message names the JSON path and the problem, which is what the sender needs. */
@Provider
public class InvalidStoreFileExceptionMapper implements ExceptionMapper<InvalidStoreFileException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidStoreFileException exception) {
    return Problem.of(
            "invalid-store-file",
            "Invalid store file",
            Response.Status.BAD_REQUEST,
            exception.getMessage())
        .at(Problem.pathOf(uriInfo))
        .toResponse();
  }
}
