package com.shopassistant.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostalAddressTest {

  @Test
  void blankOptionalPartsBecomeNullAndEqualityIsByValue() {
    PostalAddress a = new PostalAddress(" 1 Main St ", "", "Denver", "CO", "80279", "USA");
    PostalAddress b = new PostalAddress("1 Main St", null, "Denver", "CO", "80279", "USA");

    assertThat(a.getAddress2()).isNull();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).hasToString("1 Main St, Denver, CO, 80279, USA");
  }

  @Test
  void streetCityAndCountryAreRequired() {
    assertThatThrownBy(() -> new PostalAddress("", null, "Denver", null, null, "USA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("address line 1");
    assertThatThrownBy(() -> new PostalAddress("1 Main St", null, null, null, null, "USA"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PostalAddress("1 Main St", null, "Denver", null, null, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlongPartsAreRefused() {
    assertThatThrownBy(
            () -> new PostalAddress("1 Main St", null, "Denver", null, "9".repeat(33), "USA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 32");
  }
}
