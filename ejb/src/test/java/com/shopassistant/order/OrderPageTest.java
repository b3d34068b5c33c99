package com.shopassistant.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPageTest {

  @Test
  void totalPagesRoundsUp() {
    assertThat(new OrderPage(List.of(), 1, 20, 0).totalPages()).isZero();
    assertThat(new OrderPage(List.of(), 1, 20, 1).totalPages()).isEqualTo(1);
    assertThat(new OrderPage(List.of(), 1, 20, 20).totalPages()).isEqualTo(1);
    assertThat(new OrderPage(List.of(), 1, 20, 21).totalPages()).isEqualTo(2);
    assertThat(new OrderPage(List.of(), 3, 100, 1000).totalPages()).isEqualTo(10);
  }
}
