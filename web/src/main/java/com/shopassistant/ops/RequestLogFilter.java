package com.shopassistant.ops;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Starts every API request's {@link RequestFacts} before anything else runs (pre-matching, so even
 * a request no resource matches has a start and a trace) and has {@link RequestLog} write its line
 * after everything else (the lowest priority runs last among response filters). {@link
 * RequestRouteFilter} names the endpoint and the user once the request is matched.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 900)
public class RequestLogFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String CLOUD_TRACE_HEADER = "X-Cloud-Trace-Context";
  static final String TRACEPARENT_HEADER = "traceparent";

  @Inject RequestFacts facts;
  @Inject RequestLog log;

  @Override
  public void filter(ContainerRequestContext request) {
    facts.start(
        System.nanoTime(),
        TraceContext.of(
            request.getHeaderString(CLOUD_TRACE_HEADER),
            request.getHeaderString(TRACEPARENT_HEADER)),
        request.getMethod());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!facts.started()) {
      return; // a response without a request phase (none known): nothing to time
    }
    log.responded(facts, response.getStatus());
  }
}
