package com.shopassistant.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts the answers the container sends before a request reaches the API ({@code
 * http_container_refusals_total{status}}): a missing or invalid token (401), a role constraint
 * (403), a path Servlet refuses (400). Liberty's request timer and the request log never see those
 * requests, so without this count a storm of bad tokens would be visible only in Cloud Run's own
 * request count.
 */
@ApplicationScoped
public class ContainerRefusals {

  static final Metadata REFUSALS =
      Metadata.builder()
          .withName("http.container.refusals")
          .withDescription(
              "Requests the container refused before the API (401, 403, 400) by status")
          .build();

  @Inject Instance<MetricRegistry> registry;

  public void refused(int status) {
    if (registry != null && registry.isResolvable()) {
      registry.get().counter(REFUSALS, new Tag("status", Integer.toString(status))).inc();
    }
  }
}
