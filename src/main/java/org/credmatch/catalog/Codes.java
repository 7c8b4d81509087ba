package org.credmatch.catalog;

import java.util.Locale;

/** Spelling of enum codes in JSON and CSV: "in-person" is {@code IN_PERSON}. */
final class Codes {
  private Codes() {}

  static String constant(String value) {
    return value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }
}
