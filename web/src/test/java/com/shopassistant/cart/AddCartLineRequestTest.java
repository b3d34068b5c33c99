package com.shopassistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopassistant.security.StrictJsonbResolver;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** How the add-line body binds and which combinations name exactly one variant. */
class AddCartLineRequestTest {

  private final Jsonb jsonb = new StrictJsonbResolver().getContext(AddCartLineRequest.class);

  @Test
  void anItemCodeAloneBindsWithOneUnit() {
    AddCartLineRequest request =
        jsonb.fromJson("{\"itemCode\":\"6469567736\"}", AddCartLineRequest.class);

    assertThat(request).isEqualTo(new AddCartLineRequest(null, "6469567736", null));
    assertThat(request.quantityOrOne()).isEqualTo(1);
    assertThat(request.isVariantIdOrItemCode()).isTrue();
  }

  @Test
  void aVariantIdWithAQuantityBinds() {
    AddCartLineRequest request =
        jsonb.fromJson("{\"variantId\":42,\"quantity\":3}", AddCartLineRequest.class);

    assertThat(request.variantId()).isEqualTo(42L);
    assertThat(request.quantityOrOne()).isEqualTo(3);
    assertThat(request.isVariantIdOrItemCode()).isTrue();
  }

  @Test
  void neitherOrBothIsNotOneVariant() {
    assertThat(new AddCartLineRequest(null, null, 1).isVariantIdOrItemCode()).isFalse();
    assertThat(new AddCartLineRequest(null, "  ", 1).isVariantIdOrItemCode()).isFalse();
    assertThat(new AddCartLineRequest(42L, "6469567736", 1).isVariantIdOrItemCode()).isFalse();
  }

  @Test
  void aMisspelledFieldIsRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> jsonb.fromJson("{\"itemcode\":\"x\"}", AddCartLineRequest.class))
        .isInstanceOf(JsonbException.class);
  }
}
