package org.credmatch.taxonomy.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Matching-friendly alternative labels derived from a product or concept name, the way people write
 * it in job ads. Immutable and thread-safe.
 *
 * <ul>
 *   <li>acronym: a trailing or bracketed all-capital acronym of at least three characters whose
 *       letters are the initials of the words before it ("Structured query language SQL" gives
 *       "SQL" and "Structured query language");
 *   <li>qualifier: a bracketed qualifier removed ("Java (computer programming)" gives "Java");
 *   <li>suffix: a trailing "software" removed ("Google Cloud software" gives "Google Cloud"); what
 *       is derived from the rest must be distinctive, since the rest is often the domain rather
 *       than the tool ("Risk management software" gives nothing, "Customer relationship management
 *       CRM software" gives "CRM" but not "Customer relationship management");
 *   <li>vendor: a well-known vendor prefix removed when the rest is distinctive ("Microsoft Excel"
 *       gives "Excel", "Apache Kafka" gives "Kafka").
 * </ul>
 *
 * <p>A derived label that is one ordinary English word ({@link CommonWords}) is never produced, nor
 * a vendor-stripped rest made only of ordinary words ("Microsoft Teams" gives nothing).
 */
final class DerivedLabels {

  /** Vendor prefixes removed by the vendor rule; the longest match is removed. */
  static final List<String> VENDORS =
      List.of(
          "Adobe",
          "Amazon",
          "Amazon Web Services",
          "Amazon Web Services AWS",
          "Apache",
          "Apple",
          "Atlassian",
          "Autodesk",
          "AWS",
          "Bentley",
          "Cisco",
          "Corel",
          "Dassault Systemes",
          "Dell",
          "ESRI",
          "Google",
          "Hewlett Packard",
          "HP",
          "IBM",
          "Intuit",
          "Meta",
          "Microsoft",
          "Mozilla",
          "Oracle",
          "Red Hat",
          "Salesforce",
          "SAP",
          "SAS",
          "Siemens",
          "Symantec",
          "Trimble",
          "VMware");

  private static final List<String> VENDORS_LONGEST_FIRST =
      VENDORS.stream().sorted(Comparator.comparing(String::length).reversed()).toList();
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{2,}");
  private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*(.*)$");
  private static final Pattern SOFTWARE = Pattern.compile("(?i)^(.+?)\\s+software$");
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "and", "for", "the", "&", "to");

  private final CommonWords common;
  private final Set<String> knownNames;

  /**
   * @param common ordinary English words
   * @param knownNames normalised names of ESCO skills written with a capital, which count as
   *     distinctive
   */
  DerivedLabels(CommonWords common, Set<String> knownNames) {
    this.common = common;
    this.knownNames = Set.copyOf(knownNames);
  }

  /** The derived labels of {@code label}, in derivation order, without the label itself. */
  List<String> derive(String label) {
    String name = label.strip();
    Set<String> out = new LinkedHashSet<>();
    expand(name, out);
    Matcher software = SOFTWARE.matcher(name);
    if (software.matches()) {
      Set<String> rest = new LinkedHashSet<>(List.of(software.group(1)));
      expand(software.group(1), rest);
      rest.stream().filter(common::isDistinctive).forEach(out::add);
    }
    out.remove(name);
    return out.stream().filter(s -> s.length() > 1).toList();
  }

  /** Adds the acronym, long-form and vendor derivations of {@code form} to {@code out}. */
  private void expand(String form, Set<String> out) {
    List<String> forms = new ArrayList<>(List.of(form));
    forms.addAll(acronymAndLongForm(form, out));
    for (String f : forms) {
      if (!f.equals(form) && keepWhole(f)) {
        out.add(f);
      }
      if (!f.contains("(")) {
        vendorRest(f).filter(this::distinctive).ifPresent(out::add);
      }
    }
  }

  /** Long forms of a bracketed or trailing acronym (the acronym itself goes to {@code out}). */
  private List<String> acronymAndLongForm(String form, Set<String> out) {
    Matcher bracketed = BRACKETED.matcher(form);
    if (bracketed.matches()) {
      String before = bracketed.group(1).strip();
      String inner = bracketed.group(2).strip();
      addAcronym(inner, before, out);
      String rest = (before + " " + bracketed.group(3)).strip();
      return rest.isEmpty() ? List.of() : List.of(rest);
    }
    int space = form.lastIndexOf(' ');
    if (space > 0 && addAcronym(form.substring(space + 1), form.substring(0, space), out)) {
      return List.of(form.substring(0, space).strip());
    }
    return List.of();
  }

  private boolean addAcronym(String candidate, String before, Set<String> out) {
    if (!ACRONYM.matcher(candidate).matches() || !Acronyms.expands(candidate, before)) {
      return false;
    }
    if (!common.isCommon(candidate)) {
      out.add(candidate);
    }
    return true;
  }

  private boolean distinctive(String rest) {
    return common.isDistinctive(rest)
        || (rest.contains(" ") && knownNames.contains(Taxonomy.normalize(rest)));
  }

  private boolean keepWhole(String form) {
    return form.contains(" ") || !common.isCommon(form);
  }

  private static java.util.Optional<String> vendorRest(String form) {
    for (String vendor : VENDORS_LONGEST_FIRST) {
      if (form.startsWith(vendor + " ")) {
        return java.util.Optional.of(form.substring(vendor.length() + 1).strip());
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether an acronym abbreviates the words just before it. */
  static final class Acronyms {
    private Acronyms() {}

    /**
     * True when the acronym's letters, in order, can be read off a run of words ending the phrase:
     * every word gives its initial and maybe later letters of itself; "of", "and", "for", "the",
     * "to", "&" may give nothing.
     */
    static boolean expands(String acronym, String phrase) {
      String[] words = phrase.strip().split("\\s+");
      String a = acronym.toLowerCase(java.util.Locale.ROOT);
      for (int start = words.length - 1; start >= 0; start--) {
        if (match(a, 0, words, start)) {
          return true;
        }
      }
      return false;
    }

    private static boolean match(String a, int ai, String[] words, int wi) {
      if (wi == words.length) {
        return ai == a.length();
      }
      String w = words[wi].toLowerCase(java.util.Locale.ROOT);
      if (FUNCTION_WORDS.contains(w) && match(a, ai, words, wi + 1)) {
        return true;
      }
      if (ai == a.length() || w.isEmpty() || w.charAt(0) != a.charAt(ai)) {
        return false;
      }
      int pos = 0;
      for (int next = ai + 1; ; next++) {
        if (match(a, next, words, wi + 1)) {
          return true;
        }
        if (next == a.length()) {
          return false;
        }
        pos = w.indexOf(a.charAt(next), pos + 1);
        if (pos < 0) {
          return false;
        }
      }
    }
  }
}
