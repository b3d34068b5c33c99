package com.shopassistant.catalog;

import com.shopassistant.api.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@code product-not-found}: the path names no product, by id or by code. */
@Provider
public class ProductNotFoundExceptionMapper implements ExceptionMapper<ProductNotFoundException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ProductNotFoundException exception) {
    return Problem.of(
            "product-not-found",
            "Product not found",
            Response.Status.NOT_FOUND,
            exception.getMessage())
        .at(Problem.pathOf(uriInfo))
        .toResponse();
  }
}
