package com.shopassistant.usage;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerTier;
import com.shopassistant.customer.UnknownCustomerException;
import com.shopassistant.ops.DatabaseTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ledger read back: a customer's own usage, the admin reports and today's alert state. Reads
 * only; each method's statements run in one transaction, so they see one state of the ledger. Days
 * and months are those of the store's zone ({@link UsagePeriods}); the SQL ({@link UsageReportSql},
 * {@link BudgetAlertSql}) gets their boundaries as instants.
 */
@Stateless
public class UsageReports {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject TierBudgets budgets;
  @Inject UsagePeriods periods;
  @Inject UsageMetrics metrics;
  @Inject UsageAlertStates states;

  /** Alert when a day's cost is above this many USD (the seed: $75). */
  @Inject
  @ConfigProperty(name = "shop.usage.alert.daily-cost-usd", defaultValue = "75")
  BigDecimal dailyCostThreshold;

  /** The most customers an alert lists (the count covers them all). */
  @Inject
  @ConfigProperty(name = "shop.usage.alert.max-customers", defaultValue = "100")
  int maxAlertCustomers;

  /** The most customers a report grouped by user lists (the totals cover them all). */
  @Inject
  @ConfigProperty(name = "shop.usage.report.max-users", defaultValue = "1000")
  int maxReportUsers;

  /**
   * The customer's usage today and this month, against their tier's limits now.
   *
   * @throws UnknownCustomerException when no such customer exists (any more)
   */
  public UsageOverview me(long customerId) throws UnknownCustomerException {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new UnknownCustomerException(customerId);
    }
    Instant now = DatabaseTime.now().toInstant();
    NativeSql db = NativeSql.of(em);
    TierBudget budget = budgets.of(customer.getTier());
    OffsetDateTime day = utc(periods.dayStart(now));
    OffsetDateTime nextDay = utc(periods.nextDayStart(now));
    OffsetDateTime month = utc(periods.monthStart(now));
    OffsetDateTime nextMonth = utc(periods.nextMonthStart(now));
    double share = budgets.warningShare();
    return new UsageOverview(
        customer.getTier(),
        periods.zone(),
        periods.dayOf(now),
        PeriodUsage.of(
            UsageReportSql.customerTotals(db, customerId, day, nextDay),
            budget.daily(),
            nextDay,
            share),
        PeriodUsage.of(
            UsageReportSql.customerTotals(db, customerId, month, nextMonth),
            budget.monthly(),
            nextMonth,
            share),
        UsageReportSql.customerByModel(db, customerId, month, nextMonth));
  }

  /**
   * The ledger from the start of {@code from} to the end of {@code to} (days of the store's zone),
   * grouped as asked; parameters as sent, see {@link UsageReportRequest#parse}.
   *
   * @throws InvalidUsageReportException naming every bad parameter
   */
  public UsageReport report(String from, String to, String groupBy)
      throws InvalidUsageReportException {
    UsageReportRequest request =
        UsageReportRequest.parse(from, to, groupBy, periods.dayOf(DatabaseTime.now().toInstant()));
    NativeSql db = NativeSql.of(em);
    OffsetDateTime start = utc(periods.startOf(request.from()));
    OffsetDateTime end = utc(periods.startOf(request.to().plusDays(1)));
    List<UsageReportRow> rows =
        switch (request.groupBy()) {
          case DAY -> byDay(db, request);
          case USER -> UsageReportSql.byCustomer(db, start, end, maxReportUsers + 1);
          case MODEL -> UsageReportSql.byModel(db, start, end);
          case TIER -> UsageReportSql.byTier(db, start, end);
        };
    // Only customers are capped: a year of days, the models and the tiers are few.
    boolean truncated = request.groupBy() == UsageGroupBy.USER && rows.size() > maxReportUsers;
    return new UsageReport(
        request,
        periods.zone(),
        truncated ? rows.subList(0, maxReportUsers) : rows,
        UsageReportSql.totals(db, start, end),
        truncated);
  }

  /** Today's cost against its threshold and the customers past the warning share, listed. */
  public UsageAlerts alerts() {
    Instant now = DatabaseTime.now().toInstant();
    NativeSql db = NativeSql.of(em);
    OffsetDateTime day = utc(periods.dayStart(now));
    OffsetDateTime month = utc(periods.monthStart(now));
    double share = budgets.warningShare();
    List<BudgetAlert> listed = new ArrayList<>();
    boolean truncated = false;
    for (CustomerTier tier : CustomerTier.values()) {
      List<BudgetAlert> found =
          BudgetAlertSql.over(db, tier, budgets.of(tier), share, day, month, maxAlertCustomers + 1);
      truncated |= found.size() > maxAlertCustomers;
      listed.addAll(found);
    }
    listed.sort(
        Comparator.comparing(BudgetAlert::share)
            .reversed()
            .thenComparingLong(BudgetAlert::customerId));
    truncated |= listed.size() > maxAlertCustomers;
    UsageAlertState state = alertState(db, now);
    // Fresher than the shared state: this instance's gauges show it at once, the others' at
    // their next refresh.
    metrics.alertState(state);
    states.save(state, now);
    return new UsageAlerts(
        state,
        periods.zone(),
        share,
        truncated ? listed.subList(0, maxAlertCustomers) : listed,
        truncated);
  }

  /** Today's alert state alone: what the usage gauges show. */
  public UsageAlertState alertState() {
    return alertState(NativeSql.of(em), DatabaseTime.now().toInstant());
  }

  private UsageAlertState alertState(NativeSql db, Instant now) {
    OffsetDateTime day = utc(periods.dayStart(now));
    OffsetDateTime month = utc(periods.monthStart(now));
    long over = BudgetAlertSql.countOver(db, budgets, budgets.warningShare(), day, month);
    return new UsageAlertState(
        periods.dayOf(now),
        UsageReportSql.totals(db, day, utc(periods.nextDayStart(now))),
        dailyCostThreshold,
        over);
  }

  private List<UsageReportRow> byDay(NativeSql db, UsageReportRequest request) {
    List<UsageReportRow> rows = new ArrayList<>(request.days());
    for (ReportDay day : ReportDay.between(periods, request.from(), request.to())) {
      rows.add(UsageReportRow.ofDay(day.day(), UsageReportSql.totals(db, day.start(), day.end())));
    }
    return rows;
  }

  private static OffsetDateTime utc(OffsetDateTime at) {
    return DatabaseTime.normalize(at);
  }
}
