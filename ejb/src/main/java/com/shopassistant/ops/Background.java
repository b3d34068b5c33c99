package com.shopassistant.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;

/**
 * Work done after a request has its answer, on a container thread that carries the application's
 * context (MicroProfile Fault Tolerance's {@code @Asynchronous}: EJBs, CDI and configuration work
 * there as in a request). Called through its CDI proxy, never on this instance directly.
 */
@ApplicationScoped
public class Background {

  /** Runs {@code task} later on another thread; the stage completes when it has run. */
  @Asynchronous
  public CompletionStage<Void> run(Runnable task) {
    task.run();
    return CompletableFuture.completedFuture(null);
  }
}
