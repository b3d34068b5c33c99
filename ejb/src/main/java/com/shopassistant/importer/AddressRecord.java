package com.shopassistant.importer;

import com.shopassistant.customer.PostalAddress;

/**
 * An address-book entry; the business key is its label within the customer.
 *
 * @param label such as {@code home} (tau2's single address) or {@code office}
 * @param postal the address itself (an immutable value)
 * @param isDefault whether it is the customer's default address
 */
public record AddressRecord(String label, PostalAddress postal, boolean isDefault) {}
