package org.credmatch.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.credmatch.catalog.Cost;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialType;
import org.credmatch.catalog.CredentialValidator.Violation;
import org.credmatch.catalog.Delivery;
import org.credmatch.catalog.Level;
import org.credmatch.catalog.importer.fields.LanguageCodes;
import org.credmatch.catalog.importer.fields.PriceParser;
import org.credmatch.catalog.importer.fields.Vocabulary;

/**
 * Reads the coded fields of one record and collects what went wrong: an unreadable type is an error
 * (the type is required), other unreadable values are warnings and stay unknown. Blank values are
 * simply unknown. Not thread-safe (one instance per record).
 */
final class RecordFields {

  private final List<Violation> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  void error(String field, String message) {
    errors.add(new Violation(field, message));
  }

  void warn(String message) {
    warnings.add(message);
  }

  CredentialType type(String column, String text) {
    Optional<CredentialType> type = Vocabulary.type(text);
    if (text != null && type.isEmpty()) {
      errors.add(new Violation("type", "unknown " + column + " '" + text + "'"));
    }
    return type.orElse(null);
  }

  Level level(String column, String text) {
    return soft(column, text, Vocabulary::level, "level");
  }

  Delivery.Pacing pacing(String column, String text) {
    return soft(column, text, Vocabulary::pacing, "pacing");
  }

  Delivery.Mode mode(String column, String text) {
    return soft(column, text, Vocabulary::mode, "delivery mode");
  }

  String language(String column, String text) {
    return soft(column, text, LanguageCodes::code, "language");
  }

  Cost cost(String column, String text) {
    Cost cost = soft(column, text, PriceParser::parse, "cost");
    return cost == null ? Cost.UNKNOWN : cost;
  }

  /** The record with the errors and warnings collected so far. */
  SourceRecord.Parsed parsed(long line, Credential credential, List<String> tags, String prose) {
    return new SourceRecord.Parsed(line, credential, tags, prose, errors, warnings);
  }

  private <T> T soft(
      String column, String text, Function<String, Optional<T>> parser, String what) {
    if (text == null) {
      return null;
    }
    Optional<T> value = parser.apply(text);
    if (value.isEmpty()) {
      warnings.add("unreadable " + column + " '" + text + "'; " + what + " left unknown");
    }
    return value.orElse(null);
  }
}
