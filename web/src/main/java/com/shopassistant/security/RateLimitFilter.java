package com.shopassistant.security;

import com.shopassistant.api.Problem;
import com.shopassistant.ops.OncePerInterval;
import com.shopassistant.usage.RateLimitDecision;
import com.shopassistant.usage.RateLimitService;
import com.shopassistant.usage.RateLimitUnavailableException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts every API request against its caller's per-minute limit ({@link RateLimitService}) once
 * the caller is known (after authentication), and refuses the excess with 429 problem+json and
 * {@code Retry-After}. Answers carry {@code RateLimit-*} headers. The Cloud Run probe {@code GET
 * /api/v1/health} and the token key set {@code GET /api/v1/auth/jwks} are not counted.
 *
 * <p>When the database cannot count, the request goes through: losing the limit for a while is
 * better than losing the API. That is logged as a WARNING at most once a minute.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
@ApplicationScoped
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String DECISION = RateLimitFilter.class.getName() + ".decision";
  private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());

  @Inject RateLimitService rateLimits;

  @Inject EdgeConfig config;

  @Context HttpServletRequest servletRequest;

  private final OncePerInterval warnings =
      new OncePerInterval(Duration.ofMinutes(1), Clock.systemUTC());

  @Override
  public void filter(ContainerRequestContext request) {
    // With the limit off, asking the service would still cost an EJB call and a new transaction
    // per request (a tenth of a cached catalog search) to hear "unlimited".
    if (!config.rateLimited() || isUncounted(request.getMethod(), request.getUriInfo().getPath())) {
      return;
    }
    String subject =
        RateLimitSubject.of(
            request.getSecurityContext().getUserPrincipal(),
            request.getHeaderString("X-Forwarded-For"),
            servletRequest == null ? null : servletRequest.getRemoteAddr());
    RateLimitDecision decision;
    try {
      decision = rateLimits.check(subject);
    } catch (RateLimitUnavailableException | RuntimeException e) {
      if (warnings.tryAcquire()) {
        LOG.log(Level.WARNING, "Rate limit not enforced: the counters are unavailable", e);
      }
      return;
    }
    if (decision.allowed()) {
      request.setProperty(DECISION, decision);
      return;
    }
    Response.ResponseBuilder refusal =
        Response.fromResponse(
            Problem.of(
                    "rate-limited",
                    "Too many requests",
                    Response.Status.TOO_MANY_REQUESTS,
                    RateLimitHeaders.refusalDetail(decision))
                .at(Problem.pathOf(request.getUriInfo()))
                .toResponse());
    RateLimitHeaders.of(decision).forEach(refusal::header);
    request.abortWith(refusal.build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
      RateLimitHeaders.of(decision).forEach(response.getHeaders()::putSingle);
    }
  }

  /**
   * The Cloud Run probe and the key set Liberty's mpJwt fetches over loopback are not counted.
   * {@code path} as JAX-RS gives it: relative to {@code /api}, with or without a leading slash.
   */
  static boolean isUncounted(String method, String path) {
    String route = stripSlashes(path);
    return "GET".equalsIgnoreCase(method)
        && ("v1/health".equals(route) || "v1/auth/jwks".equals(route));
  }

  static String stripSlashes(String path) {
    String trimmed = path == null ? "" : path;
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
