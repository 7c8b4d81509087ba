package org.credmatch.catalog.importer.fields;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps language names, in English or in the language itself ("English", "Español", "中文",
 * "Deutsch"), and ISO 639 codes ("en", "pt-BR") to BCP 47 tags with an ISO 639 language ("en",
 * "pt-BR"). Names come from the JDK's locale data, plus a few spellings it lacks. Thread-safe
 * (immutable lookup table).
 */
public final class LanguageCodes {

  private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Map<String, String> BY_NAME = names();

  private LanguageCodes() {}

  /** The ISO code for a language name or code, or empty when unknown. */
  public static Optional<String> code(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    String byName = BY_NAME.get(t.toLowerCase(Locale.ROOT));
    if (byName != null) {
      return Optional.of(byName);
    }
    if (CODE.matcher(t).matches()) {
      String primary = t.split("-", 2)[0].toLowerCase(Locale.ROOT);
      if (!Locale.of(primary).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(primary)) {
        return Optional.of(Locale.forLanguageTag(t).toLanguageTag());
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (String iso : Locale.getISOLanguages()) {
      Locale locale = Locale.of(iso);
      names.putIfAbsent(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
      names.putIfAbsent(locale.getDisplayLanguage(locale).toLowerCase(Locale.ROOT), iso);
    }
    names.put("اللغة العربية", "ar"); // "the Arabic language", as edX writes it
    names.put("mandarin", "zh");
    names.put("castellano", "es");
    return Map.copyOf(names);
  }
}
