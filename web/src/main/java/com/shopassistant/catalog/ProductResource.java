package com.shopassistant.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The products on sale, for anyone: search with filters, and one product with its variants. The
 * rules and SQL are in {@link CatalogService}; this class only translates.
 */
@Path("/v1/products")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

  @Inject CatalogService catalog;

  @GET
  @Operation(
      summary =
          "Search products on sale: q (all words), category, minPrice, maxPrice, inStock,"
              + " sort (relevance, price_asc, price_desc, name, newest), page (from 1), size")
  @APIResponse(responseCode = "200", description = "A page of products with the total")
  @APIResponse(responseCode = "400", description = "A bad parameter (validation-failed)")
  public ProductPageView search(@BeanParam ProductSearchParameters parameters)
      throws UnknownCategoryException {
    return ProductPageView.of(catalog.search(parameters.toQuery()));
  }

  @GET
  @Path("{idOrCode}")
  @Operation(summary = "One product with all its variants, by id or product code")
  @APIResponse(responseCode = "200", description = "The product (withdrawn ones too)")
  @APIResponse(responseCode = "404", description = "No such product (product-not-found)")
  public ProductView product(@PathParam("idOrCode") String idOrCode) {
    return catalog
        .product(idOrCode)
        .map(ProductView::of)
        .orElseThrow(() -> new ProductNotFoundException(idOrCode));
  }
}
