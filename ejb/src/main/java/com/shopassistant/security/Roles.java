package com.shopassistant.security;

/**
 * The application's roles. A token's {@code groups} claim carries them and Liberty maps each group
 * to the role of the same name. Every account, guests included, is a {@code customer}.
 */
public final class Roles {

  /** Anyone with an account, guest or registered: may use their own cart, orders and chat. */
  public static final String CUSTOMER = "customer";

  /** Store administrators: {@code /api/v1/admin/...}. */
  public static final String ADMIN = "admin";

  private Roles() {}
}
