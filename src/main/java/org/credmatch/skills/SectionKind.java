package org.credmatch.skills;

/** The part of a job ad a line belongs to, from its headings. */
enum SectionKind {
  /** No heading seen yet, or plain text such as a course description. */
  NONE,
  REQUIRED,
  PREFERRED,
  RESPONSIBILITIES,
  BENEFITS,
  ABOUT,
  EEO,
  /** Under a heading that is none of the above ("Tech stack", a job title). */
  OTHER;

  /** The config key of the kinds that have cue phrases, in the order they are tried. */
  static final SectionKind[] CUED = {EEO, BENEFITS, PREFERRED, REQUIRED, RESPONSIBILITIES, ABOUT};

  String configKey() {
    return switch (this) {
      case EEO -> "eeo";
      case BENEFITS -> "benefits";
      case PREFERRED -> "preferred";
      case REQUIRED -> "required";
      case RESPONSIBILITIES -> "responsibilities";
      case ABOUT -> "about";
      default -> name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
