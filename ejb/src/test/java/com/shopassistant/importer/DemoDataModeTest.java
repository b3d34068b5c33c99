package com.shopassistant.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class DemoDataModeTest {

  @Test
  void parsesConfigValuesLeniently() {
    assertThat(DemoDataMode.parse(" Always ")).contains(DemoDataMode.ALWAYS);
    assertThat(DemoDataMode.parse("auto")).contains(DemoDataMode.AUTO);
    assertThat(DemoDataMode.parse("NEVER")).contains(DemoDataMode.NEVER);
    assertThat(DemoDataMode.parse("sometimes")).isEmpty();
    assertThat(DemoDataMode.parse(null)).isEmpty();
  }

  @Test
  void autoLoadsOnlyIntoAnEmptyEmbeddedDatabase() {
    assertThat(DemoDataMode.AUTO.shouldLoad(true, () -> false)).isTrue();
    assertThat(DemoDataMode.AUTO.shouldLoad(true, () -> true)).isFalse();
    assertThat(DemoDataMode.AUTO.shouldLoad(false, failIfAsked())).isFalse();
  }

  @Test
  void alwaysAndNeverDoNotAskTheDatabase() {
    assertThat(DemoDataMode.ALWAYS.shouldLoad(false, failIfAsked())).isTrue();
    assertThat(DemoDataMode.NEVER.shouldLoad(true, failIfAsked())).isFalse();
  }

  private static BooleanSupplier failIfAsked() {
    return () -> {
      throw new AssertionError("the database should not be asked");
    };
  }
}
