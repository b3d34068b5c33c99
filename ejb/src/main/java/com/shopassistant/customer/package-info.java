/**
 * A customer's own account: the address book and the payment methods, changed only through the
 * {@link com.shopassistant.customer.Customer} aggregate so its one-default rule holds. Every
 * service method takes the caller's customer id (from the verified token, never from a request);
 * another customer's entry is not found, exactly like one that does not exist. The one exception is
 * an administrator's: {@link com.shopassistant.customer.CustomerTierService} changes the tier of
 * the customer an administrator names.
 */
package com.shopassistant.customer;
