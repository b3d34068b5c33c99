// Who the shopper is: a guest account made at once on the first visit, kept in localStorage, and
// sign-in / registration. The refresh token lives in the HttpOnly cookie the server sets; this
// module never sees it, it only asks /auth/refresh to exchange it when the access token expires.

import { ApiError, Session, call } from './api.js';

export const session = new Session(window.localStorage);

/** Makes sure there is a token: the one kept, else a new guest. */
export async function ensureSignedIn() {
  if (!session.token) {
    session.keep(await call('POST', 'api/v1/auth/guest', { body: {} }));
  }
  return session.customer;
}

/**
 * A new access token after a 401: the refresh cookie if it still works, else a new guest (the old
 * conversation and cart then belong to an account this browser can no longer reach).
 */
export async function renew() {
  try {
    session.keep(await call('POST', 'api/v1/auth/refresh'));
    return false;
  } catch (e) {
    session.clear();
    await ensureSignedIn();
    return true;
  }
}

/** Calls the API as the shopper; on a 401 renews the sign-in once and tries again. */
export async function callAs(method, path, body, headers) {
  try {
    return await call(method, path, { session, body, headers });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      await renew();
      return call(method, path, { session, body, headers });
    }
    throw e;
  }
}

/** Signs in with e-mail and password; the guest's chat stays with the guest account. */
export async function login(email, password) {
  session.keep(await call('POST', 'api/v1/auth/login', { body: { email, password } }));
  return session.customer;
}

/** Registers the current guest: same account, same cart and conversations, tier free. */
export async function register(email, password, firstName) {
  const body = { email, password };
  if (firstName) {
    body.firstName = firstName;
  }
  session.keep(await call('POST', 'api/v1/auth/register', { session, body }));
  return session.customer;
}

/** Signs out (the server revokes the refresh family) and starts again as a new guest. */
export async function signOut() {
  try {
    await call('POST', 'api/v1/auth/logout', { session });
  } catch (e) {
    // Signed out locally either way; the access token expires on its own.
  }
  session.clear();
  return ensureSignedIn();
}

/** A short name for the header: e-mail for customers, "guest" otherwise. */
export function displayName(customer) {
  if (!customer || customer.tier === 'guest') {
    return null;
  }
  return customer.firstName || customer.email || customer.handle || `#${customer.id}`;
}
