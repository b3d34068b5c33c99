package com.shopassistant.cart;

import com.shopassistant.checkout.VoucherException;
import com.shopassistant.security.Caller;
import com.shopassistant.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's own cart. Whose cart it is comes from the verified token only ({@link Caller}); a
 * line id of another customer's cart is answered exactly like one that does not exist. Rules and
 * transactions are in {@link CartService}; this class only translates.
 */
@Path("/v1/cart")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
public class CartResource {

  @Inject CartService carts;

  @Context SecurityContext security;

  @GET
  @Operation(summary = "The caller's cart: lines, stock, totals")
  @APIResponse(responseCode = "200", description = "The cart (empty when nothing was added yet)")
  @APIResponse(responseCode = "401", description = "No valid token")
  public CartView cart() {
    return CartView.of(carts.view(caller()));
  }

  @POST
  @Path("/lines")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add units of a variant, or raise its line's quantity")
  @APIResponse(responseCode = "200", description = "The cart after the change")
  @APIResponse(responseCode = "400", description = "Invalid body (validation-failed)")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such variant (variant-not-found)")
  @APIResponse(
      responseCode = "409",
      description =
          "out-of-stock, insufficient-stock, variant-unavailable, quantity-limit or cart-changed")
  public CartView addLine(@Valid @NotNull AddCartLineRequest request) throws CartException {
    long customerId = caller();
    int quantity = request.quantityOrOne();
    CartContents contents =
        request.variantId() != null
            ? carts.addVariant(customerId, request.variantId(), quantity)
            : carts.addItem(customerId, request.itemCode(), quantity);
    return CartView.of(contents);
  }

  @PUT
  @Path("/lines/{lineId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the quantity of one of the caller's cart lines")
  @APIResponse(responseCode = "200", description = "The cart after the change")
  @APIResponse(responseCode = "400", description = "Quantity not 1 to 99 (validation-failed)")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such line in the caller's cart")
  @APIResponse(
      responseCode = "409",
      description = "out-of-stock, insufficient-stock, variant-unavailable or cart-changed")
  public CartView changeQuantity(
      @PathParam("lineId") long lineId, @Valid @NotNull CartLineQuantityRequest request)
      throws CartException {
    return CartView.of(carts.changeQuantity(caller(), lineId, request.quantity()));
  }

  @DELETE
  @Path("/lines/{lineId}")
  @Operation(summary = "Remove one of the caller's cart lines")
  @APIResponse(responseCode = "200", description = "The cart after the change")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such line in the caller's cart")
  @APIResponse(responseCode = "409", description = "cart-changed")
  public CartView removeLine(@PathParam("lineId") long lineId) throws CartException {
    return CartView.of(carts.removeLine(caller(), lineId));
  }

  @DELETE
  @Operation(summary = "Empty the caller's cart")
  @APIResponse(responseCode = "200", description = "The empty cart")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "409", description = "cart-changed")
  public CartView clear() throws CartException {
    return CartView.of(carts.clear(caller()));
  }

  @PUT
  @Path("/voucher")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put a voucher on the caller's cart (code in any case), replacing any other")
  @APIResponse(responseCode = "200", description = "The cart, priced with the voucher")
  @APIResponse(responseCode = "400", description = "No code, or one too long (validation-failed)")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "404", description = "No such voucher (voucher-not-found)")
  @APIResponse(
      responseCode = "409",
      description = "The voucher does not apply: voucher-expired, voucher-min-spend-not-met, ...")
  public CartView applyVoucher(@Valid @NotNull ApplyVoucherRequest request)
      throws CartException, VoucherException {
    return CartView.of(carts.applyVoucher(caller(), request.code()));
  }

  @DELETE
  @Path("/voucher")
  @Operation(summary = "Take the voucher off the caller's cart")
  @APIResponse(responseCode = "200", description = "The cart without a voucher")
  @APIResponse(responseCode = "401", description = "No valid token")
  @APIResponse(responseCode = "409", description = "cart-changed")
  public CartView removeVoucher() throws CartException {
    return CartView.of(carts.removeVoucher(caller()));
  }

  private long caller() {
    return Caller.customerId(security);
  }
}
