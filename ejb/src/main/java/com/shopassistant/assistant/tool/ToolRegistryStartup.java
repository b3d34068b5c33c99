package com.shopassistant.assistant.tool;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Builds the {@link ToolRegistry} while the application starts, so two tools with one name stop the
 * deployment instead of some chat turn later. A startup EJB rather than a CDI observer of the
 * application scope's start: that event comes before Liberty has started this module's EJBs, and
 * every tool set holds references to them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ToolRegistryStartup {

  private static final Logger LOG = Logger.getLogger(ToolRegistryStartup.class.getName());

  @Inject ToolRegistry registry;

  @PostConstruct
  void buildRegistry() {
    int tools = registry.declarations().size();
    LOG.info(() -> "Assistant tool registry ready: " + tools + " tools");
  }
}
