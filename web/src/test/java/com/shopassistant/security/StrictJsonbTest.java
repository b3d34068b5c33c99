package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON-B configuration the API binds with, on Yasson (the implementation in Liberty). */
class StrictJsonbTest {

  public record Line(String sku, Integer quantity) {}

  public record Order(String note, List<Line> lines) {}

  public record Pick(Integer quantity, Long variantId, Long addressId) {}

  private final Jsonb jsonb = JsonbBuilder.create(StrictJsonbResolver.config());

  @Test
  void knownFieldsBindAsUsual() {
    Order order =
        jsonb.fromJson("{\"note\":\"hi\",\"lines\":[{\"sku\":\"A\",\"quantity\":2}]}", Order.class);

    assertThat(order).isEqualTo(new Order("hi", List.of(new Line("A", 2))));
  }

  @Test
  void anUnknownFieldFailsTheBindingAndIsNamed() {
    assertThatThrownBy(() -> jsonb.fromJson("{\"note\":\"hi\",\"qty\":3}", Order.class))
        .isInstanceOf(JsonbException.class)
        .satisfies(e -> assertThat(UnknownJsonFields.fieldOf(e)).contains("qty"));
  }

  @Test
  void anUnknownFieldInANestedObjectIsNamedToo() {
    assertThatThrownBy(
            () ->
                jsonb.fromJson(
                    "{\"lines\":[{\"sku\":\"A\",\"quantity\":2,\"colour\":\"red\"}]}", Order.class))
        .isInstanceOf(JsonbException.class)
        .satisfies(e -> assertThat(UnknownJsonFields.fieldOf(e)).contains("colour"));
  }

  @Test
  void otherBindingFailuresAreNotMistakenForUnknownFields() {
    assertThatThrownBy(() -> jsonb.fromJson("{\"lines\":[{\"quantity\":\"two\"}]}", Order.class))
        .isInstanceOf(JsonbException.class)
        .satisfies(e -> assertThat(UnknownJsonFields.fieldOf(e)).isEmpty());
  }

  @Test
  void theDefaultConfigurationWouldHaveDroppedTheField() throws Exception {
    try (Jsonb lenient = JsonbBuilder.create()) {
      assertThat(lenient.fromJson("{\"note\":\"hi\",\"qty\":3}", Order.class).note())
          .isEqualTo("hi");
    }
  }

  @Test
  void wholeNumbersBindIntoIntegerFields() {
    assertThat(
            jsonb.fromJson(
                "{\"quantity\":2,\"variantId\":9007199254740993,\"addressId\":7}", Pick.class))
        .isEqualTo(new Pick(2, 9007199254740993L, 7L));
    assertThat(jsonb.fromJson("{\"quantity\":2.0,\"addressId\":1e2}", Pick.class))
        .isEqualTo(new Pick(2, null, 100L));
    assertThat(jsonb.fromJson("{\"lines\":[{\"sku\":\"A\",\"quantity\":3}]}", Order.class).lines())
        .containsExactly(new Line("A", 3));
  }

  @Test
  void aFractionIsRefusedRatherThanTruncated() {
    for (String body :
        List.of(
            "{\"quantity\":1.5}",
            "{\"variantId\":2.25}",
            "{\"addressId\":0.5}",
            "{\"quantity\":\"1.5\"}")) {
      assertThatThrownBy(() -> jsonb.fromJson(body, Pick.class))
          .as(body)
          .isInstanceOf(JsonbException.class);
    }
    assertThatThrownBy(
            () -> jsonb.fromJson("{\"lines\":[{\"sku\":\"A\",\"quantity\":1.5}]}", Order.class))
        .isInstanceOf(JsonbException.class);
  }

  @Test
  void aNumberBeyondTheFieldsRangeIsRefusedRatherThanWrapped() {
    for (String body :
        List.of(
            "{\"quantity\":2147483648}",
            "{\"quantity\":1e10}",
            "{\"variantId\":9223372036854775808}",
            "{\"addressId\":-1e30}")) {
      assertThatThrownBy(() -> jsonb.fromJson(body, Pick.class))
          .as(body)
          .isInstanceOf(JsonbException.class);
    }
  }

  @Test
  void fieldNamesAreSanitised() {
    assertThat(
            UnknownJsonFields.fieldOf(
                new JsonbException("Json property a<b>\" can not be mapped to a class x.Y.")))
        .contains("a?b??");
  }
}
