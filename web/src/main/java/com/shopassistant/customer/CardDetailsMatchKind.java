package com.shopassistant.customer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A credit card names its brand and last four digits; PayPal names neither. Violations are reported
 * on the field concerned ({@code brand}, {@code lastFour}), as clients know their fields.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CardDetailsMatchKind.Validator.class)
public @interface CardDetailsMatchKind {

  String message() default "does not match the kind";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one request; other kinds (and a missing kind) are left to the field constraints. */
  class Validator implements ConstraintValidator<CardDetailsMatchKind, NewPaymentMethodRequest> {

    @Override
    public boolean isValid(NewPaymentMethodRequest request, ConstraintValidatorContext context) {
      if (request == null || request.kind() == null) {
        return true;
      }
      boolean card = request.kind().equals("CREDIT_CARD");
      boolean paypal = request.kind().equals("PAYPAL");
      if (!card && !paypal) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if (card && isBlank(request.brand())) {
        valid = report(context, "brand", "is required for a credit card");
      }
      if (card && isBlank(request.lastFour())) {
        valid = report(context, "lastFour", "is required for a credit card");
      }
      if (paypal && !isBlank(request.brand())) {
        valid = report(context, "brand", "is only for credit cards");
      }
      if (paypal && !isBlank(request.lastFour())) {
        valid = report(context, "lastFour", "is only for credit cards");
      }
      return valid;
    }

    private static boolean isBlank(String value) {
      return value == null || value.isBlank();
    }

    private static boolean report(ConstraintValidatorContext context, String field, String text) {
      context
          .buildConstraintViolationWithTemplate(text)
          .addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
