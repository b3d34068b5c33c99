package com.shopassistant.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.api.ProblemAnswer;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AccountRuleExceptionMapperTest {

  @Test
  void aTakenLabelIsAConflict() {
    ProblemAnswer answer =
        AccountRuleExceptionMapper.answerFor(new AddressLabelTakenException("office"));

    assertThat(answer.slug()).isEqualTo("address-label-taken");
    assertThat(answer.status()).isEqualTo(Response.Status.CONFLICT);
  }

  @Test
  void aGiftCardCannotBeAddedIsTheClientsMistake() {
    ProblemAnswer answer = AccountRuleExceptionMapper.answerFor(new GiftCardNotAddableException());

    assertThat(answer.slug()).isEqualTo("gift-card-not-addable");
    assertThat(answer.status()).isEqualTo(Response.Status.BAD_REQUEST);
  }

  @Test
  void aGiftCardWithMoneyLeftIsAConflict() {
    ProblemAnswer answer =
        AccountRuleExceptionMapper.answerFor(
            new GiftCardHasBalanceException("gift_card_1", new BigDecimal("12.50")));

    assertThat(answer.slug()).isEqualTo("gift-card-has-balance");
    assertThat(answer.status()).isEqualTo(Response.Status.CONFLICT);
  }

  @Test
  void noDefaultAddressAndAChangedDefaultAreConflicts() {
    ProblemAnswer none = AccountRuleExceptionMapper.answerFor(new NoDefaultAddressException());
    ProblemAnswer changed =
        AccountRuleExceptionMapper.answerFor(new DefaultAddressChangedException("home", "office"));

    assertThat(none.slug()).isEqualTo("no-default-address");
    assertThat(none.status()).isEqualTo(Response.Status.CONFLICT);
    assertThat(changed.slug()).isEqualTo("default-address-changed");
    assertThat(changed.status()).isEqualTo(Response.Status.CONFLICT);
  }

  @Test
  void anUnknownCustomerOfAnAdminIsNotFoundAndAGuestTierForARegisteredOneAConflict() {
    ProblemAnswer unknown = AccountRuleExceptionMapper.answerFor(new CustomerNotFoundException(42));
    ProblemAnswer refused =
        AccountRuleExceptionMapper.answerFor(new TierChangeRefusedException("stays FREE"));

    assertThat(unknown.slug()).isEqualTo("customer-not-found");
    assertThat(unknown.status()).isEqualTo(Response.Status.NOT_FOUND);
    assertThat(refused.slug()).isEqualTo("tier-change-refused");
    assertThat(refused.status()).isEqualTo(Response.Status.CONFLICT);
  }

  @Test
  void theMessagesAreWrittenForTheCustomer() {
    assertThat(new AddressLabelTakenException("office").getMessage()).contains("\"office\"");
    assertThat(new GiftCardHasBalanceException("gift_card_1", new BigDecimal("12.50")).getMessage())
        .contains("gift_card_1", "12.50")
        .doesNotContain("Exception");
  }
}
