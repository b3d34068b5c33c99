package com.shopassistant.customer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardDetailsMatchKindTest {

  private final CardDetailsMatchKind.Validator validator = new CardDetailsMatchKind.Validator();

  /** "field: message" per violation the validator built. */
  private final List<String> violations = new ArrayList<>();

  private boolean check(String kind, String brand, String lastFour) {
    return validator.isValid(
        new NewPaymentMethodRequest(kind, brand, lastFour), recordingContext());
  }

  /**
   * A context that records {@code buildConstraintViolationWithTemplate(t).addPropertyNode(f)}: each
   * call that returns a builder interface answers with a recording proxy of that interface.
   */
  private ConstraintValidatorContext recordingContext() {
    return recording(ConstraintValidatorContext.class, new String[1]);
  }

  private <T> T recording(Class<T> type, String[] template) {
    Object proxy =
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              switch (method.getName()) {
                case "buildConstraintViolationWithTemplate" -> template[0] = (String) args[0];
                case "addPropertyNode" -> violations.add(args[0] + ": " + template[0]);
                default -> {}
              }
              Class<?> returned = method.getReturnType();
              return returned.isInterface() ? recording(returned, template) : null;
            });
    return type.cast(proxy);
  }

  @Test
  void aCompleteCardAndAPlainPaypalPass() {
    assertThat(check("CREDIT_CARD", "visa", "4242")).isTrue();
    assertThat(check("PAYPAL", null, " ")).isTrue();
    assertThat(violations).isEmpty();
  }

  @Test
  void aCardWithoutBrandOrDigitsNamesBothFields() {
    assertThat(check("CREDIT_CARD", " ", null)).isFalse();

    assertThat(violations)
        .containsExactly(
            "brand: is required for a credit card", "lastFour: is required for a credit card");
  }

  @Test
  void paypalWithCardDetailsIsRefused() {
    assertThat(check("PAYPAL", "visa", "4242")).isFalse();

    assertThat(violations)
        .containsExactly("brand: is only for credit cards", "lastFour: is only for credit cards");
  }

  @Test
  void otherKindsAreLeftToTheirOwnRules() {
    assertThat(check("GIFT_CARD", "x", null)).isTrue();
    assertThat(check(null, null, null)).isTrue();
    assertThat(check("BITCOIN", null, null)).isTrue();
    assertThat(violations).isEmpty();
  }
}
