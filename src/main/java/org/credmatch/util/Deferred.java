package org.credmatch.util;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work that is not needed to start serving (the span model's label linker, the skill suggester): it
 * runs on a thread of its own once {@link #start()} is called, which the server does after it
 * serves, so that it does not take the cores from the start; whoever needs the result first, before
 * that, starts it then ({@link #join()}). Thread-safe.
 */
public final class Deferred<T> {

  private final String name;
  private final Supplier<T> work;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CompletableFuture<T> result = new CompletableFuture<>();

  public Deferred(String name, Supplier<T> work) {
    this.name = name;
    this.work = work;
  }

  /** Starts the work on a new thread unless it was started already; returns this. */
  public Deferred<T> start() {
    if (started.compareAndSet(false, true)) {
      Async.supply(name, work)
          .whenComplete(
              (value, error) -> {
                if (error == null) {
                  result.complete(value);
                } else {
                  result.completeExceptionally(error); // what the work threw, as it was thrown
                }
              });
    }
    return this;
  }

  /**
   * The result, starting the work first if nobody has and waiting for it; what the work threw is
   * rethrown as is when it is unchecked.
   */
  public T join() {
    start();
    try {
      return result.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** True once the work has finished, whether or not it succeeded. */
  public boolean isDone() {
    return result.isDone();
  }
}
