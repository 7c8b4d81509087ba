package org.credmatch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder layout that makes index switches atomic: each build goes to a fresh {@code gen-N}
 * folder, and the one-line file {@code CURRENT} names the generation being served. {@code CURRENT}
 * is replaced by an atomic rename only after a build has committed, so a crash mid-build leaves the
 * last good index serving. Not thread-safe for concurrent builders; readers may run any time.
 *
 * @param root the index folder ({@code <data-dir>/index})
 */
public record IndexLayout(Path root) {

  private static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  /** The generation folder being served, if any index was ever completed. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.matches(PREFIX + "\\d+")) {
      throw new IOException(pointer + " is corrupt: '" + name + "'");
    }
    Path dir = root.resolve(name);
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  /** A new, empty generation folder, numbered after every existing one. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    long next = generations().mapToLong(IndexLayout::number).max().orElse(0) + 1;
    Path dir = root.resolve(String.format("%s%06d", PREFIX, next));
    Files.createDirectory(dir);
    return dir;
  }

  /** Atomically makes {@code generation} the served index, then removes stale generations. */
  public void publish(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    Files.writeString(tmp, generation.getFileName() + "\n", StandardCharsets.UTF_8);
    Files.move(
        tmp,
        root.resolve(CURRENT),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    removeAllBut(generation);
  }

  /**
   * Removes generation folders other than the served one: what a crash in the middle of a build or
   * an admin batch left behind. Call only when no build is running on this folder.
   *
   * @return the number of folders removed
   */
  public int removeStale() throws IOException {
    Optional<Path> current = current();
    if (current.isEmpty()) {
      return 0;
    }
    long stale;
    try (Stream<Path> gens = generations()) {
      stale = gens.filter(d -> !d.equals(current.get())).count();
    }
    removeAllBut(current.get());
    return (int) stale;
  }

  private void removeAllBut(Path keep) throws IOException {
    try (Stream<Path> gens = generations()) {
      for (Path dir : gens.filter(d -> !d.equals(keep)).toList()) {
        deleteTree(dir);
      }
    }
  }

  private Stream<Path> generations() throws IOException {
    if (!Files.isDirectory(root)) {
      return Stream.empty();
    }
    return Files.list(root).filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+"));
  }

  private static long number(Path gen) {
    return Long.parseLong(gen.getFileName().toString().substring(PREFIX.length()));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
