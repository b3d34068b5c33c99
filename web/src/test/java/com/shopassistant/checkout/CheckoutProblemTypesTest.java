package com.shopassistant.checkout;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which problem type and status each checkout and voucher refusal gets (docs/problems.md). */
class CheckoutProblemTypesTest {

  @Test
  void everyCheckoutKindHasItsDocumentedTypeAndStatus() {
    Map<CheckoutException.Kind, String> answers =
        Arrays.stream(CheckoutException.Kind.values())
            .collect(
                Collectors.toMap(
                    Function.identity(),
                    kind -> {
                      com.shopassistant.api.ProblemAnswer answer =
                          CheckoutExceptionMapper.answerFor(kind);
                      return answer.status().getStatusCode() + " " + answer.slug();
                    }));

    assertThat(answers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                entry(CheckoutException.Kind.CART_EMPTY, "409 cart-empty"),
                entry(CheckoutException.Kind.INSUFFICIENT_STOCK, "409 insufficient-stock"),
                entry(CheckoutException.Kind.ADDRESS_NOT_FOUND, "404 address-not-found"),
                entry(CheckoutException.Kind.ADDRESS_REQUIRED, "409 address-required"),
                entry(
                    CheckoutException.Kind.PAYMENT_METHOD_NOT_FOUND,
                    "404 payment-method-not-found"),
                entry(
                    CheckoutException.Kind.PAYMENT_METHOD_REQUIRED, "409 payment-method-required"),
                entry(
                    CheckoutException.Kind.INSUFFICIENT_BALANCE,
                    "409 insufficient-gift-card-balance"),
                entry(CheckoutException.Kind.QUOTE_OUTDATED, "409 quote-outdated"),
                entry(
                    CheckoutException.Kind.IDEMPOTENCY_KEY_INVALID, "400 idempotency-key-invalid"),
                entry(CheckoutException.Kind.ACCOUNT_NOT_FOUND, "401 unauthorized")));
  }

  @Test
  void everyVoucherRuleHasItsOwnType() {
    Map<VoucherException.Kind, String> answers =
        Arrays.stream(VoucherException.Kind.values())
            .collect(
                Collectors.toMap(
                    Function.identity(),
                    kind -> {
                      com.shopassistant.api.ProblemAnswer answer =
                          VoucherExceptionMapper.answerFor(kind);
                      return answer.status().getStatusCode() + " " + answer.slug();
                    }));

    assertThat(answers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                VoucherException.Kind.NOT_FOUND, "404 voucher-not-found",
                VoucherException.Kind.INACTIVE, "409 voucher-inactive",
                VoucherException.Kind.NOT_YET_VALID, "409 voucher-not-yet-valid",
                VoucherException.Kind.EXPIRED, "409 voucher-expired",
                VoucherException.Kind.USAGE_LIMIT_REACHED, "409 voucher-usage-limit-reached",
                VoucherException.Kind.CUSTOMER_LIMIT_REACHED, "409 voucher-customer-limit-reached",
                VoucherException.Kind.MIN_SPEND_NOT_MET, "409 voucher-min-spend-not-met"));
  }

  @Test
  void everyVoucherRefusalReasonHasAKind() {
    for (VoucherRefusal.Reason reason : VoucherRefusal.Reason.values()) {
      assertThat(VoucherException.Kind.of(reason).name()).isEqualTo(reason.name());
    }
  }

  @Test
  void everyKindHasATitle() {
    for (CheckoutException.Kind kind : CheckoutException.Kind.values()) {
      assertThat(CheckoutExceptionMapper.answerFor(kind).title()).as(kind.name()).isNotBlank();
    }
    for (VoucherException.Kind kind : VoucherException.Kind.values()) {
      assertThat(VoucherExceptionMapper.answerFor(kind).title()).as(kind.name()).isNotBlank();
    }
  }
}
