package com.shopassistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerRole;
import com.shopassistant.customer.CustomerTier;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class TokenSubjectTest {

  @Test
  void everyAccountIsACustomerAndAdministratorsAreAdminsToo() throws Exception {
    Customer guest = withId(Customer.guest("guest-1"), 7L);
    Customer admin =
        withId(
            new Customer(
                "admin:admin", null, null, null, CustomerTier.ENTERPRISE, CustomerRole.ADMIN),
            8L);

    TokenSubject guestSubject = TokenSubject.of(guest);
    TokenSubject adminSubject = TokenSubject.of(admin);

    assertThat(guestSubject.customerId()).isEqualTo(7L);
    assertThat(guestSubject.roles()).containsExactly(Roles.CUSTOMER);
    assertThat(guestSubject.tier()).isEqualTo("guest");
    assertThat(adminSubject.roles()).containsExactly(Roles.CUSTOMER, Roles.ADMIN);
    assertThat(adminSubject.tier()).isEqualTo("enterprise");
  }

  private static Customer withId(Customer customer, long id) throws Exception {
    Field field = Customer.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(customer, id);
    return customer;
  }
}
