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

  public record Line(String sku, int quantity) {}

  public record Order(String note, List<Line> lines) {}

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
  void fieldNamesAreSanitised() {
    assertThat(
            UnknownJsonFields.fieldOf(
                new JsonbException("Json property a<b>\" can not be mapped to a class x.Y.")))
        .contains("a?b??");
  }
}
