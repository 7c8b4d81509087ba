package org.credmatch.catalog.importer.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Cleans providers' skill tags: trims bullets and spaces, drops empties, removes duplicates
 * ignoring case (the first spelling wins) and sets aside sentence-like entries (more than {@value
 * #MAX_WORDS} words or {@value #MAX_CHARS} characters, such as "Ability to analyze and discuss key
 * financial statements and ..."), which are learning outcomes written as prose rather than tags:
 * they may feed skill derivation but never ship. Thread-safe (stateless).
 */
public final class SkillTags {

  /** Longest tag kept, in words. */
  public static final int MAX_WORDS = 8;

  /** Longest tag kept, in characters. */
  public static final int MAX_CHARS = 80;

  private static final Pattern BULLET = Pattern.compile("^[\\s•·*\\-–]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SkillTags() {}

  /**
   * Tags kept as declared skills, and entries set aside as prose.
   *
   * @param tags cleaned, de-duplicated tags in their first order
   * @param prose sentence-like entries, cleaned and de-duplicated
   */
  public record Split(List<String> tags, List<String> prose) {
    public Split {
      tags = List.copyOf(tags);
      prose = List.copyOf(prose);
    }
  }

  /** Cleans and splits raw tags. */
  public static Split split(List<String> raw) {
    Map<String, String> tags = new LinkedHashMap<>();
    Map<String, String> prose = new LinkedHashMap<>();
    for (String r : raw) {
      String tag = clean(r);
      if (!tag.isEmpty()) {
        String key = tag.toLowerCase(Locale.ROOT);
        (isSentence(tag) ? prose : tags).putIfAbsent(key, tag);
      }
    }
    return new Split(new ArrayList<>(tags.values()), new ArrayList<>(prose.values()));
  }

  /** Splits a delimited cell ("SQL; Excel; SQL") and cleans it like {@link #split(List)}. */
  public static Split split(String cell, String separator) {
    if (cell == null || cell.isBlank()) {
      return new Split(List.of(), List.of());
    }
    return split(List.of(cell.split(Pattern.quote(separator))));
  }

  private static String clean(String tag) {
    return tag == null
        ? ""
        : SPACES.matcher(BULLET.matcher(tag).replaceFirst("")).replaceAll(" ").strip();
  }

  private static boolean isSentence(String tag) {
    return tag.length() > MAX_CHARS || tag.split(" ").length > MAX_WORDS;
  }
}
