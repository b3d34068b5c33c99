package com.shopassistant.ordercare;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.ordercare.OrderCareException.Rule;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which problem type and status each policy refusal gets (as listed in docs/problems.md). */
class OrderCareExceptionMapperTest {

  @Test
  void everyRuleHasItsDocumentedTypeAndStatus() {
    Map<Rule, String> answers =
        Arrays.stream(Rule.values())
            .collect(
                Collectors.toMap(
                    Function.identity(),
                    rule -> {
                      com.shopassistant.api.ProblemAnswer answer =
                          OrderCareExceptionMapper.answerFor(rule);
                      return answer.status().getStatusCode() + " " + answer.slug();
                    }));

    assertThat(answers)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry(Rule.ORDER_NOT_FOUND, "404 not-found"),
                Map.entry(Rule.ORDER_NOT_PENDING, "409 order-not-pending"),
                Map.entry(Rule.ITEMS_ALREADY_MODIFIED, "409 items-already-modified"),
                Map.entry(Rule.ORDER_NOT_DELIVERED, "409 order-not-delivered"),
                Map.entry(Rule.INVALID_CANCEL_REASON, "400 invalid-cancel-reason"),
                Map.entry(Rule.ITEM_NOT_IN_ORDER, "409 item-not-in-order"),
                Map.entry(Rule.VARIANT_NOT_FOUND, "404 variant-not-found"),
                Map.entry(Rule.VARIANT_NOT_SAME_PRODUCT, "409 variant-not-same-product"),
                Map.entry(Rule.VARIANT_UNCHANGED, "409 variant-unchanged"),
                Map.entry(Rule.VARIANT_UNAVAILABLE, "409 variant-unavailable"),
                Map.entry(Rule.PAYMENT_METHOD_NOT_FOUND, "404 payment-method-not-found"),
                Map.entry(Rule.SAME_PAYMENT_METHOD, "409 same-payment-method"),
                Map.entry(Rule.PAYMENT_NOT_SINGLE, "409 payment-not-single"),
                Map.entry(
                    Rule.INSUFFICIENT_GIFT_CARD_BALANCE, "409 insufficient-gift-card-balance"),
                Map.entry(Rule.REFUND_METHOD_NOT_ALLOWED, "409 refund-method-not-allowed"),
                Map.entry(Rule.QUOTE_OUTDATED, "409 quote-outdated")));
  }

  @Test
  void theDetailIsTheCustomersMessageButAMissingOrderSaysNoMore() {
    assertThat(
            OrderCareExceptionMapper.detailFor(
                new OrderCareException(Rule.SAME_PAYMENT_METHOD, "Already paid so.")))
        .isEqualTo("Already paid so.");
    assertThat(
            OrderCareExceptionMapper.detailFor(
                new OrderCareException(Rule.ORDER_NOT_FOUND, "You have no such order.")))
        .isEqualTo("No resource at this path.");
    assertThat(OrderCareExceptionMapper.answerFor(Rule.ORDER_NOT_FOUND).title())
        .isEqualTo("Not Found");
  }

  @Test
  void everyRuleHasATitle() {
    for (Rule rule : Rule.values()) {
      assertThat(OrderCareExceptionMapper.answerFor(rule).title()).as(rule.name()).isNotBlank();
    }
  }
}
