package com.shopassistant.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Days and months of the store's time zone ({@code shop.usage.time-zone}, env {@code
 * SHOP_USAGE_TIME_ZONE}, default {@code Asia/Jakarta}, the seed's region): budgets reset at its
 * midnight and on the first of its months, whatever zone an instance runs in.
 */
@ApplicationScoped
public class UsagePeriods {

  private ZoneId zone;

  /** For CDI's client proxy. */
  protected UsagePeriods() {}

  @Inject
  public UsagePeriods(
      @ConfigProperty(name = "shop.usage.time-zone", defaultValue = "Asia/Jakarta") String zone) {
    this(ZoneId.of(zone));
  }

  public UsagePeriods(ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The store's calendar day that {@code at} falls on. */
  public LocalDate dayOf(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  public OffsetDateTime dayStart(Instant at) {
    return startOf(dayOf(at));
  }

  public OffsetDateTime nextDayStart(Instant at) {
    return startOf(dayOf(at).plusDays(1));
  }

  public OffsetDateTime monthStart(Instant at) {
    return startOf(dayOf(at).withDayOfMonth(1));
  }

  public OffsetDateTime nextMonthStart(Instant at) {
    return startOf(dayOf(at).withDayOfMonth(1).plusMonths(1));
  }

  /** Midnight of {@code day} in the store's zone (the first instant of it, across DST changes). */
  public OffsetDateTime startOf(LocalDate day) {
    ZonedDateTime start = day.atStartOfDay(zone);
    return start.toOffsetDateTime();
  }
}
