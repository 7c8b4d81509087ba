package org.credmatch.catalog.importer;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Joins provider prose fields into one text for skill derivation. Thread-safe (stateless). */
final class Prose {

  private Prose() {}

  /** The non-blank parts, stripped, separated by blank lines; "" when there are none. */
  static String join(String... parts) {
    return Arrays.stream(parts)
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n\n"));
  }
}
