package com.shopassistant.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The categories, for anyone. Application scoped: nothing here belongs to one request. */
@ApplicationScoped
@Path("/v1/categories")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CategoryResource {

  @Inject CatalogService catalog;

  @GET
  @Operation(summary = "Every category by name, with how many of its products are on sale")
  public List<CategoryView> categories() {
    return catalog.categories().stream().map(CategoryView::of).toList();
  }
}
