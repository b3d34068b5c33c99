package com.shopassistant.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.PostalAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {

  @Test
  void aNumberWithItsHashIsLookedUpAsWritten() {
    assertThat(OrderNumbers.candidates("#W2611340")).containsExactly("#W2611340");
    assertThat(OrderNumbers.candidates("  #W2611340 ")).containsExactly("#W2611340");
  }

  @Test
  void aNumberWithoutItsHashAlsoMeansTheOneWithIt() {
    assertThat(OrderNumbers.candidates("W2611340")).containsExactly("W2611340", "#W2611340");
  }

  @Test
  void whatCannotBeAnOrderNumberFindsNothing() {
    assertThat(OrderNumbers.candidates(null)).isEmpty();
    assertThat(OrderNumbers.candidates(" ")).isEmpty();
    assertThat(OrderNumbers.candidates("#")).isEmpty();
    assertThat(OrderNumbers.candidates("#" + "9".repeat(32))).isEmpty();
  }

  @Test
  void aNumberAsWideAsTheColumnGetsNoHashInFront() {
    String wide = "W".repeat(32);

    assertThat(OrderNumbers.candidates(wide)).containsExactly(wide);
  }

  @Test
  void theFormAsWrittenWinsWhenBothAreStored() {
    Customer buyer = Customer.guest("guest-1");
    PostalAddress to = new PostalAddress("1 Main St", null, "Austin", "TX", "78701", "USA");
    CustomerOrder withHash = new CustomerOrder("#W1", buyer, to, "USD", null);
    CustomerOrder without = new CustomerOrder("W1", buyer, to, "USD", null);

    assertThat(OrderNumbers.best(OrderNumbers.candidates("W1"), List.of(withHash, without)))
        .containsSame(without);
    assertThat(OrderNumbers.best(OrderNumbers.candidates("W1"), List.of(withHash)))
        .containsSame(withHash);
    assertThat(OrderNumbers.best(OrderNumbers.candidates("#W1"), List.of(without))).isEmpty();
  }
}
