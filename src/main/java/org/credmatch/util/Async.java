package org.credmatch.util;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work started on a thread of its own, for the few long, independent loads of a start (taxonomy,
 * language models, span model, suggester). {@code CompletableFuture.supplyAsync} would queue them
 * on the common fork-join pool, which has a single worker on a 2-core machine, so loads meant to
 * overlap ran one after the other. Thread-safe.
 */
public final class Async {

  private Async() {}

  /**
   * Runs {@code work} on a new daemon platform thread named {@code name}; the future completes with
   * its result, or exceptionally with what it threw ({@code join} then throws a {@link
   * java.util.concurrent.CompletionException} wrapping it, as {@code supplyAsync}'s futures do).
   */
  public static <T> CompletableFuture<T> supply(String name, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread.ofPlatform()
        .daemon()
        .name(name)
        .start(
            () -> {
              try {
                result.complete(work.get());
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            });
    return result;
  }
}
