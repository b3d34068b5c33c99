package com.shopassistant.security;

import com.shopassistant.customer.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an access token says about its customer.
 *
 * @param customerId the subject
 * @param roles the {@code groups} claim: {@value Roles#CUSTOMER}, plus {@value Roles#ADMIN}
 * @param tier the tier in lower case ({@code guest}, {@code free}, ...)
 */
public record TokenSubject(long customerId, List<String> roles, String tier) {

  public TokenSubject {
    roles = List.copyOf(roles);
  }

  public static TokenSubject of(Customer customer) {
    List<String> roles = new ArrayList<>(List.of(Roles.CUSTOMER));
    if (customer.isAdmin()) {
      roles.add(Roles.ADMIN);
    }
    return new TokenSubject(
        customer.getId(), roles, customer.getTier().name().toLowerCase(Locale.ROOT));
  }
}
