// The shop's JSON API as the pages use it: the app's base path, the signed-in token and a fetch
// wrapper that sends it. Every failure becomes an ApiError carrying the RFC 9457 problem.

/** The web module's root, e.g. "/" or "/shop-web/": the pages work under any context root. */
export const APP_ROOT = new URL('../../', import.meta.url);

const TOKEN_KEY = 'shop.token';
const PROFILE_KEY = 'shop.customer';

/** A refused call: HTTP status plus the problem object the server sent (if any). */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The problem's stable slug, e.g. "token-budget-exceeded". */
  get slug() {
    const type = this.problem.type || '';
    return type.substring(type.lastIndexOf(':') + 1);
  }
}

/** A storage that may hold the token: localStorage for shoppers, sessionStorage for the admin. */
export class Session {
  constructor(storage = window.localStorage, prefix = '') {
    this.storage = storage;
    this.prefix = prefix;
  }

  get token() {
    return this.storage.getItem(this.prefix + TOKEN_KEY);
  }

  get customer() {
    const json = this.storage.getItem(this.prefix + PROFILE_KEY);
    return json ? JSON.parse(json) : null;
  }

  /** Keeps a sign-in answer: {accessToken, customer}. */
  keep(answer) {
    this.storage.setItem(this.prefix + TOKEN_KEY, answer.accessToken);
    this.storage.setItem(this.prefix + PROFILE_KEY, JSON.stringify(answer.customer || {}));
  }

  clear() {
    this.storage.removeItem(this.prefix + TOKEN_KEY);
    this.storage.removeItem(this.prefix + PROFILE_KEY);
  }
}

/** The URL of an API path such as "api/v1/cart". */
export function apiUrl(path) {
  return new URL(path, APP_ROOT);
}

/** Builds fetch options: JSON body, bearer token, and the refresh cookie for auth calls. */
function options(method, session, body, extraHeaders) {
  const headers = { Accept: 'application/json', ...extraHeaders };
  if (session && session.token) {
    headers.Authorization = `Bearer ${session.token}`;
  }
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return init;
}

/** Reads a problem body when there is one; some refusals (Liberty's own 401) have none. */
export async function problemOf(response) {
  const text = await response.text();
  if (!text) {
    return { status: response.status };
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return { status: response.status, detail: text.slice(0, 200) };
  }
}

/** Calls the API; resolves to the JSON answer (or null for an empty one), rejects with ApiError. */
export async function call(method, path, { session, body, headers } = {}) {
  const response = await fetch(apiUrl(path), options(method, session, body, headers));
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** The raw response of a POST, for streams: the caller reads the body. */
export function post(path, session, body, headers) {
  return fetch(apiUrl(path), options('POST', session, body, headers));
}
