package com.shopassistant.security;

import com.shopassistant.customer.Customer;
import com.shopassistant.customer.CustomerRole;
import com.shopassistant.customer.CustomerTier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts and their sign-ins: guests, registration (a guest keeps its cart and conversations
 * because it becomes the registered account), password and administrator sign-in, refresh and
 * sign-out. Every granted sign-in returns an access token and starts or continues a refresh family.
 */
@Stateless
public class AccountService {

  static final String ADMIN_HANDLE_PREFIX = "admin:";

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  @Inject PasswordHasher passwords;
  @Inject AdminCredentials admin;
  @Inject AccessTokenIssuer accessTokens;
  @Inject RefreshTokenService refreshTokens;

  /** A new guest account, signed in. */
  public SignIn startGuest() {
    Customer guest = Customer.guest("guest-" + UUID.randomUUID());
    em.persist(guest);
    em.flush();
    return signIn(guest, refreshTokens.startFamily(guest.getId()));
  }

  /**
   * Registers {@code registration}: the calling guest becomes that account, or, with no caller, a
   * new account is made.
   *
   * @param callerId the signed-in caller, if any
   */
  public SignIn register(Optional<Long> callerId, Registration registration)
      throws AccountConflictException {
    if (findByEmail(registration.email()).isPresent()) {
      throw AccountConflictException.emailTaken();
    }
    Customer customer = callerId.map(id -> em.find(Customer.class, id)).orElse(null);
    if (customer != null && !customer.isGuest()) {
      throw AccountConflictException.alreadyRegistered();
    }
    if (customer == null) {
      customer = Customer.guest("user-" + UUID.randomUUID());
      em.persist(customer);
    }
    customer.register(
        registration.email(), passwords.hash(registration.password()), CustomerTier.FREE);
    customer.rename(registration.firstName(), registration.lastName());
    try {
      em.flush();
    } catch (PersistenceException e) {
      // Registered by another request between the check and the flush.
      throw AccountConflictException.emailTaken();
    }
    return signIn(customer, refreshTokens.startFamily(customer.getId()));
  }

  /**
   * Signs in with an e-mail address and password, or as the administrator with {@code
   * ADMIN_USERNAME} / {@code ADMIN_PASSWORD}.
   */
  public SignIn login(String identifier, String password) throws InvalidCredentialsException {
    if (admin.matches(identifier, password)) {
      Customer administrator = administratorAccount();
      return signIn(administrator, refreshTokens.startFamily(administrator.getId()));
    }
    Optional<Customer> customer =
        identifier.contains("@") ? findByEmail(identifier) : Optional.empty();
    String storedHash = customer.map(Customer::getPasswordHash).orElse(null);
    if (!passwords.matches(password, storedHash)) {
      throw new InvalidCredentialsException();
    }
    return signIn(customer.get(), refreshTokens.startFamily(customer.get().getId()));
  }

  /** Exchanges a refresh token for a new access token and the next refresh token. */
  public SignIn refresh(String presentedRefreshToken) throws RefreshRefusedException {
    RefreshRotation rotation = refreshTokens.rotate(presentedRefreshToken);
    Customer customer = em.find(Customer.class, rotation.customerId());
    if (customer == null) {
      throw RefreshRefusedException.invalid();
    }
    return signIn(customer, rotation.next());
  }

  /** Ends the sign-in the refresh token belongs to. Access tokens live until they expire. */
  public void logout(String presentedRefreshToken) {
    refreshTokens.revokeFamilyOf(presentedRefreshToken);
  }

  public Optional<AccountProfile> profile(long customerId) {
    return Optional.ofNullable(em.find(Customer.class, customerId)).map(AccountProfile::of);
  }

  private SignIn signIn(Customer customer, IssuedRefreshToken refreshToken) {
    return new SignIn(
        AccountProfile.of(customer), accessTokens.issue(TokenSubject.of(customer)), refreshToken);
  }

  private Optional<Customer> findByEmail(String email) {
    return em.createNamedQuery(Customer.FIND_BY_EMAIL, Customer.class)
        .setParameter("email", email.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** The administrator's own account, made at its first sign-in. */
  private Customer administratorAccount() {
    String handle = ADMIN_HANDLE_PREFIX + admin.username();
    return em.createNamedQuery(Customer.FIND_BY_HANDLE, Customer.class)
        .setParameter("handle", handle)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Customer created =
                  new Customer(
                      handle, null, null, null, CustomerTier.ENTERPRISE, CustomerRole.ADMIN);
              em.persist(created);
              em.flush();
              return created;
            });
  }
}
