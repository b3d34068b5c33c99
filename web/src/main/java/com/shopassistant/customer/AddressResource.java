package com.shopassistant.customer;

import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's address book. */
@Path("/v1/me/addresses")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class AddressResource {

  @Inject AddressBookService addressBook;

  @Context SecurityContext security;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "List my addresses, oldest first; one is flagged default")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = AddressView.class)))
  public List<AddressView> list() {
    return addressBook.list(Caller.customerId(security)).stream().map(AddressView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my addresses")
  @APIResponse(responseCode = "404", description = "Not one of my addresses")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AddressView.class)))
  public AddressView get(@PathParam("id") long id) {
    return addressBook
        .find(Caller.customerId(security), id)
        .map(AddressView::of)
        .orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an address; the first one, or one sent with makeDefault, is default")
  @APIResponse(responseCode = "201", description = "Added; Location names it")
  @APIResponse(responseCode = "400", description = "A field is missing or too long")
  @APIResponse(responseCode = "409", description = "The label is taken")
  public Response add(@Valid @NotNull NewAddressRequest request)
      throws AddressLabelTakenException, UnknownCustomerException {
    Address address =
        addressBook.add(
            Caller.customerId(security),
            request.label(),
            request.postalAddress(),
            request.wantsDefault());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(address.getId().toString()).build())
        .entity(AddressView.of(address))
        .build();
  }

  @PUT
  @Path("{id}/default")
  @Operation(summary = "Make one of my addresses the default")
  @APIResponse(responseCode = "404", description = "Not one of my addresses")
  @APIResponse(
      responseCode = "200",
      description = "Now the default",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AddressView.class)))
  public AddressView makeDefault(@PathParam("id") long id) throws UnknownCustomerException {
    return addressBook
        .makeDefault(Caller.customerId(security), id)
        .map(AddressView::of)
        .orElseThrow(NotFoundException::new);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete one of my addresses; if it was the default, the oldest left is")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "Not one of my addresses")
  public Response delete(@PathParam("id") long id) throws UnknownCustomerException {
    if (!addressBook.remove(Caller.customerId(security), id)) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
