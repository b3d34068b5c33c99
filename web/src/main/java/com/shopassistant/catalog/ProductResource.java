package com.shopassistant.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The products on sale, for anyone: search with filters, and one product with its variants. The
 * rules and SQL are in {@link CatalogService}; this class only translates. A search's answer is
 * kept as the JSON sent ({@link SearchAnswerCache}) and carries an {@code ETag} (a matching {@code
 * If-None-Match} is answered 304) and, while kept, a {@code Cache-Control} max-age of the time it
 * has left.
 *
 * <p>Application scoped: nothing here belongs to one request, and creating the resource and its
 * injected EJB reference for every request cost about a tenth of a cached search.
 */
@ApplicationScoped
@Path("/v1/products")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ProductResource {

  private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

  @Inject CatalogService catalog;

  @Inject SearchAnswerCache answers;

  @GET
  @Operation(
      summary =
          "Search products on sale: q (all words), category, minPrice, maxPrice, inStock,"
              + " sort (relevance, price_asc, price_desc, name, newest), page (from 1), size")
  @Parameter(
      name = "q",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.STRING),
      description = "Search words, all must match")
  @Parameter(
      name = "category",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.STRING),
      description = "A category slug")
  @Parameter(
      name = "minPrice",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.NUMBER),
      description = "Lowest price, e.g. 10.00")
  @Parameter(
      name = "maxPrice",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.NUMBER),
      description = "Highest price")
  @Parameter(
      name = "inStock",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.BOOLEAN),
      description = "true: can be bought now")
  @Parameter(
      name = "sort",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.STRING),
      description = "relevance, price_asc, ...")
  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.INTEGER),
      description = "From 1")
  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      schema = @Schema(type = SchemaType.INTEGER),
      description = "1 to 100, default 20")
  @APIResponse(responseCode = "200", description = "A page of products with the total")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
  @APIResponse(responseCode = "400", description = "A bad parameter (validation-failed)")
  public Response search(
      @Context UriInfo uri, @Context Request request, @Context Providers providers)
      throws UnknownCategoryException {
    ProductQuery asked = ProductSearchParameters.of(uri.getQueryParameters()).toQuery();
    SearchAnswerCache.Served served =
        answers.answer(asked, query -> render(catalog.searchUncached(query), providers));
    SearchAnswer answer = served.answer();
    EntityTag etag = new EntityTag(answer.etag());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    Response.ResponseBuilder builder =
        (unchanged != null
                ? unchanged
                : Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE))
            .tag(etag);
    if (served.maxAgeSeconds() >= 0) {
      // The same for every caller: no part of an answer depends on who asks.
      builder.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + served.maxAgeSeconds());
    }
    return builder.build();
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

  /**
   * The page as JAX-RS would have sent it: written by the same JSON-B message body writer (and so
   * the same JSON-B configuration) that writes every other answer.
   */
  static SearchAnswer render(ProductPage page, Providers providers) {
    ProductPageView view = ProductPageView.of(page);
    MessageBodyWriter<ProductPageView> writer =
        providers.getMessageBodyWriter(
            ProductPageView.class,
            ProductPageView.class,
            NO_ANNOTATIONS,
            MediaType.APPLICATION_JSON_TYPE);
    ByteArrayOutputStream json = new ByteArrayOutputStream(8192);
    try {
      writer.writeTo(
          view,
          ProductPageView.class,
          ProductPageView.class,
          NO_ANNOTATIONS,
          MediaType.APPLICATION_JSON_TYPE,
          new MultivaluedHashMap<>(),
          json);
    } catch (IOException e) {
      throw new UncheckedIOException("a search answer could not be written to memory", e);
    }
    return SearchAnswer.of(json.toByteArray());
  }
}
