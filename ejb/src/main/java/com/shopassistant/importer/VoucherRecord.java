package com.shopassistant.importer;

import com.shopassistant.checkout.DiscountType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A voucher definition (the {@code vouchers} extension).
 *
 * @param code the business key, upper case
 * @param description may be null
 * @param discountType a percentage of the subtotal or a fixed amount
 * @param discountValue greater than zero; a percentage is at most 100
 * @param maxDiscount the cap of a percentage discount, or null
 * @param minSpend the subtotal needed, zero or more
 * @param validFrom the first instant it may be used, in UTC
 * @param validUntil the instant it stops (exclusive), or null for open-ended
 * @param usageLimitTotal uses across all customers, or null for unlimited
 * @param usageLimitPerCustomer uses per customer, or null for unlimited
 */
public record VoucherRecord(
    String code,
    String description,
    DiscountType discountType,
    BigDecimal discountValue,
    BigDecimal maxDiscount,
    BigDecimal minSpend,
    OffsetDateTime validFrom,
    OffsetDateTime validUntil,
    Integer usageLimitTotal,
    Integer usageLimitPerCustomer) {}
