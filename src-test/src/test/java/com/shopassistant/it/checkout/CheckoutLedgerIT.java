package com.shopassistant.it.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.checkout.CheckoutLedger;
import com.shopassistant.it.support.ShopDeployment;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link CheckoutLedger}'s conditional updates inside Liberty on PostgreSQL, raced in transactions
 * that hold their row lock a while before committing: however the debits and takes interleave, a
 * gift card never goes below zero and no more units are sold than were in stock.
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutLedgerIT {

  private static final long HOLD_MILLIS = 300;

  @Deployment
  static EnterpriseArchive deployment() {
    return ShopDeployment.withTestPackages(CheckoutLedgerIT.class.getPackage());
  }

  @Inject CheckoutProbe probe;

  @Test
  void concurrentDebitsNeverTakeAGiftCardBelowZero() throws Exception {
    long card = probe.newGuestWithGiftCard(new BigDecimal("100.00"));
    Callable<Boolean> debit = () -> probe.debitAndHold(card, new BigDecimal("30.00"), HOLD_MILLIS);

    List<Boolean> debited = CheckoutCalls.atOnce(Collections.nCopies(5, debit));

    assertThat(debited).filteredOn(Boolean::booleanValue).hasSize(3);
    assertThat(probe.balance(card)).isEqualByComparingTo("10.00");
  }

  @Test
  void concurrentTakesNeverSellMoreThanTheStock() throws Exception {
    String item = "LEDGER-" + UUID.randomUUID();
    probe.newItem(item, 3);
    Callable<Boolean> take = () -> probe.takeAndHold(item, 1, HOLD_MILLIS);

    List<Boolean> taken = CheckoutCalls.atOnce(Collections.nCopies(8, take));

    assertThat(taken).filteredOn(Boolean::booleanValue).hasSize(3);
    assertThat(probe.stock(item)).isZero();
  }

  @Test
  void aTakeAtAnOutdatedPriceTakesNothing() throws Exception {
    String item = "LEDGER-" + UUID.randomUUID();
    probe.newItem(item, 3);
    probe.setPrice(item, new BigDecimal("12.00"));

    assertThat(probe.takeAtPrice(item, 1, new BigDecimal("10.00"))).isFalse();
    assertThat(probe.takeAtPrice(item, 1, new BigDecimal("12.00"))).isTrue();
    assertThat(probe.stock(item)).isEqualTo(2);
  }
}
