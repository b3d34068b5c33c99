package com.shopassistant.customer;

/** What an account may do: shop, or also administer the store. */
public enum CustomerRole {
  CUSTOMER,
  ADMIN
}
