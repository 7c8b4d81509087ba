package org.credmatch.catalog.importer.fields;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.credmatch.catalog.CredentialType;
import org.credmatch.catalog.Delivery.Mode;
import org.credmatch.catalog.Delivery.Pacing;
import org.credmatch.catalog.Level;

/**
 * Maps providers' words for levels, program types, pacing and delivery mode to CredMatch codes.
 * Matching ignores case, surrounding spaces and the hyphen/space difference; the codes themselves
 * ("beginner", "professional-certificate", "self-paced"...) are always accepted. Thread-safe
 * (stateless).
 */
public final class Vocabulary {

  private static final Map<String, Level> LEVELS =
      Map.ofEntries(
          Map.entry("introductory", Level.BEGINNER),
          Map.entry("beginner", Level.BEGINNER),
          Map.entry("basic", Level.BEGINNER),
          Map.entry("entry", Level.BEGINNER),
          Map.entry("entry level", Level.BEGINNER),
          Map.entry("foundation", Level.BEGINNER),
          Map.entry("foundational", Level.BEGINNER),
          Map.entry("novice", Level.BEGINNER),
          Map.entry("intermediate", Level.INTERMEDIATE),
          Map.entry("advanced", Level.ADVANCED),
          Map.entry("expert", Level.ADVANCED),
          Map.entry("mixed", Level.MIXED),
          Map.entry("all levels", Level.MIXED),
          Map.entry("all", Level.MIXED));

  private static final Map<String, CredentialType> TYPES =
      Map.ofEntries(
          Map.entry("course", CredentialType.COURSE),
          Map.entry("mooc", CredentialType.COURSE),
          Map.entry("specialization", CredentialType.SPECIALIZATION),
          Map.entry("specialisation", CredentialType.SPECIALIZATION),
          Map.entry("professional certificate", CredentialType.PROFESSIONAL_CERTIFICATE),
          Map.entry("certificate", CredentialType.CERTIFICATE),
          Map.entry("badge", CredentialType.BADGE),
          Map.entry("digital badge", CredentialType.BADGE),
          Map.entry("open badge", CredentialType.BADGE),
          Map.entry("certification", CredentialType.CERTIFICATION),
          Map.entry("program", CredentialType.PROGRAM),
          Map.entry("programme", CredentialType.PROGRAM),
          Map.entry("guided project", CredentialType.GUIDED_PROJECT),
          Map.entry("project", CredentialType.GUIDED_PROJECT));

  private Vocabulary() {}

  /** "Introductory" and "Beginner" are beginner, "Mixed" and "All levels" are mixed. */
  public static Optional<Level> level(String text) {
    return Optional.ofNullable(key(text)).map(LEVELS::get);
  }

  /** Coursera's "Course", "Specialization", "Professional Certificate", "Guided Project"... */
  public static Optional<CredentialType> type(String text) {
    return Optional.ofNullable(key(text)).map(TYPES::get);
  }

  /** "Self-paced on your time" is self-paced, "Instructor-led on a course schedule" is not. */
  public static Optional<Pacing> pacing(String text) {
    String k = key(text);
    if (k == null) {
      return Optional.empty();
    }
    if (k.contains("self paced") || k.contains("on your time") || k.contains("on demand")) {
      return Optional.of(Pacing.SELF_PACED);
    }
    if (k.contains("instructor led") || k.contains("course schedule") || k.contains("cohort")) {
      return Optional.of(Pacing.INSTRUCTOR_LED);
    }
    return Optional.empty();
  }

  /** "Online", "Hybrid"/"Blended", "In person"/"On campus"/"Classroom". */
  public static Optional<Mode> mode(String text) {
    String k = key(text);
    if (k == null) {
      return Optional.empty();
    }
    if (k.contains("hybrid") || k.contains("blended")) {
      return Optional.of(Mode.HYBRID);
    }
    if (k.contains("online") || k.contains("remote") || k.contains("virtual")) {
      return Optional.of(Mode.ONLINE);
    }
    if (k.contains("in person") || k.contains("campus") || k.contains("classroom")) {
      return Optional.of(Mode.IN_PERSON);
    }
    return Optional.empty();
  }

  private static String key(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
  }
}
