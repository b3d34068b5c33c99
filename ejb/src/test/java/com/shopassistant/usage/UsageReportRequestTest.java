package com.shopassistant.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageReportRequestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  @Test
  void readsIsoDatesAndAGroupingInAnyCase() throws Exception {
    UsageReportRequest request =
        UsageReportRequest.parse("2026-11-01", "2026-11-30", "Model", TODAY);

    assertThat(request)
        .isEqualTo(
            new UsageReportRequest(
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), UsageGroupBy.MODEL));
    assertThat(request.days()).isEqualTo(30);
  }

  @Test
  void withoutParametersItIsThisMonthSoFarByDay() throws Exception {
    assertThat(UsageReportRequest.parse(null, " ", null, TODAY))
        .isEqualTo(new UsageReportRequest(LocalDate.of(2026, 11, 1), TODAY, UsageGroupBy.DAY));
  }

  @Test
  void oneDayIsARange() throws Exception {
    assertThat(UsageReportRequest.parse("2026-11-05", "2026-11-05", "tier", TODAY).days())
        .isEqualTo(1);
  }

  @Test
  void everyBadParameterIsNamedAtOnce() {
    assertThatThrownBy(() -> UsageReportRequest.parse("yesterday", "2026-13-01", "week", TODAY))
        .isInstanceOfSatisfying(
            InvalidUsageReportException.class,
            e ->
                assertThat(e.errors())
                    .extracting(error -> error.get("field"))
                    .containsExactlyInAnyOrder("from", "to", "groupBy"));
  }

  @Test
  void toBeforeFromIsRefused() {
    assertThatThrownBy(() -> UsageReportRequest.parse("2026-11-02", "2026-11-01", "day", TODAY))
        .isInstanceOfSatisfying(
            InvalidUsageReportException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        Map.of("field", "to", "message", "must not be before from (2026-11-02)")));
  }

  @Test
  void aLeapYearFitsAndOneDayMoreDoesNot() throws Exception {
    assertThat(UsageReportRequest.parse("2028-01-01", "2028-12-31", "day", TODAY).days())
        .isEqualTo(366);
    assertThatThrownBy(() -> UsageReportRequest.parse("2027-12-31", "2028-12-31", "day", TODAY))
        .isInstanceOf(InvalidUsageReportException.class)
        .hasMessageContaining("1 report parameter");
  }
}
