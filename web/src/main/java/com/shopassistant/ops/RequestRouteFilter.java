package com.shopassistant.ops;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Once a request is matched, tells its {@link RequestFacts} the route template and the caller (the
 * verified token's subject: a customer's or a guest's id). Done before the resource runs, so a
 * streamed answer, whose line is written at the stream's end, has them too. A request that matches
 * nothing never gets here and keeps the endpoint {@link RouteTemplate#UNMATCHED}.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 900)
public class RequestRouteFilter implements ContainerRequestFilter {

  @Inject RequestFacts facts;

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    facts.matched(RouteTemplate.of(resource.getResourceClass(), resource.getResourceMethod()));
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (principal != null) {
      facts.user(principal.getName());
    }
  }
}
