package com.shopassistant.security;

import com.shopassistant.customer.Customer;
import java.util.List;

/**
 * The signed-in customer as the API shows it.
 *
 * @param id the customer id, also the token's subject
 * @param email null for guests and the administrator
 * @param firstName may be null
 * @param lastName may be null
 * @param tier {@code guest}, {@code free}, {@code premium} or {@code enterprise}
 * @param roles the roles the token carries
 */
public record AccountProfile(
    long id, String email, String firstName, String lastName, String tier, List<String> roles) {

  public AccountProfile {
    roles = List.copyOf(roles);
  }

  public static AccountProfile of(Customer customer) {
    TokenSubject subject = TokenSubject.of(customer);
    return new AccountProfile(
        customer.getId(),
        customer.getEmail(),
        customer.getFirstName(),
        customer.getLastName(),
        subject.tier(),
        subject.roles());
  }
}
