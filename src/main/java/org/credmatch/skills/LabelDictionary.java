package org.credmatch.skills;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;

/**
 * A token trie over every taxonomy label, alternative label and configured alias, keyed by
 * lower-cased tokens (hyphens dropped). Built once; immutable and thread-safe afterwards.
 *
 * <p>Labels that never match: those on the generic stop-list, longer than {@code maxLabelTokens},
 * made only of digits and punctuation, one-letter labels that are not configured as ambiguous, and
 * one-word alternative labels of non-tool skills that are not the head of the preferred label, and
 * acronym alternative labels of tools that are not O*NET hot technologies. Labels that match only
 * as written (or in capitals): ambiguous ones, those of at most {@code caseSensitiveMaxLength}
 * characters, acronyms in capitals, one capitalised word ("Levels", an O*NET tool) and tool names
 * with function words. When two skills share a key, an alias beats a preferred label, which beats
 * an alternative label; among aliases the first line of the alias file wins, among labels the
 * smaller id.
 */
final class LabelDictionary {

  /**
   * How a label names its skill; among ALIAS, PREFERRED and ALT earlier constants win when two
   * skills share a key. FORCED and DENY come only from a {@link Curation} ({@link
   * CompiledCuration}): a forced phrase names its skill whatever else shares the key, and a denied
   * phrase names no skill (its entry's skill is null).
   */
  enum Kind {
    FORCED,
    ALIAS,
    PREFERRED,
    ALT,
    DENY
  }

  /**
   * One matchable label.
   *
   * @param skill the taxonomy skill it names
   * @param written the label as written, tokens joined by single spaces (for case checks)
   * @param tokens number of keys
   * @param kind how it names the skill
   * @param caseSensitive it only matches as written (one of {@code forms}) or in capitals
   * @param rule the ambiguity rule for it, or null
   * @param forms every spelling this key was given for this skill ("Git" and "git")
   */
  record Entry(
      Skill skill,
      String written,
      int tokens,
      Kind kind,
      boolean caseSensitive,
      ExtractionConfig.AmbiguousLabel rule,
      Set<String> forms) {

    Entry {
      forms = Set.copyOf(forms);
    }

    boolean isLanguage() {
      return skill.type() == SkillType.LANGUAGE;
    }
  }

  /** One trie node. */
  static final class Node {
    private Map<String, Node> children;
    private Entry entry;

    Node child(String key) {
      return children == null ? null : children.get(key);
    }

    Entry entry() {
      return entry;
    }

    /** The child for {@code key}, made when absent; only while a trie is being built. */
    Node addChild(String key) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(key, k -> new Node());
    }

    /** Sets this node's entry; only while a trie is being built. */
    void setEntry(Entry e) {
      entry = e;
    }
  }

  private static final Set<String> FUNCTION_WORDS =
      Set.of("the", "of", "for", "and", "to", "in", "on", "with", "by", "a", "an", "at", "from");

  private final Node root = new Node();
  private final List<String> unresolvedAliases = new ArrayList<>();
  private int size;

  LabelDictionary(Taxonomy taxonomy, ExtractionConfig config, EnglishNlp nlp) {
    Set<String> generic = new HashSet<>();
    config.genericLabels().forEach(g -> generic.add(Taxonomy.normalize(g)));
    Map<String, ExtractionConfig.AmbiguousLabel> rules = new HashMap<>();
    config.ambiguous().labels().forEach(r -> rules.put(key(r.label()), r));
    Builder builder = new Builder(config, nlp, generic, rules);
    for (Skill skill : taxonomy.skills()) {
      builder.add(skill, skill.label(), Kind.PREFERRED);
      skill.altLabels().forEach(alt -> builder.add(skill, alt, Kind.ALT));
    }
    for (ExtractionConfig.Alias alias : config.aliases()) {
      Optional<Skill> target =
          taxonomy.get(alias.target()).or(() -> taxonomy.findByLabel(alias.target()));
      target.ifPresentOrElse(
          s -> builder.add(s, alias.alias(), Kind.ALIAS),
          () -> unresolvedAliases.add(alias.alias() + " -> " + alias.target()));
    }
  }

  Node root() {
    return root;
  }

  /** Number of labels in the trie. */
  int size() {
    return size;
  }

  /** Aliases whose target is not in the taxonomy ("alias -> target"), in file order. */
  List<String> unresolvedAliases() {
    return List.copyOf(unresolvedAliases);
  }

  /** The lookup key of one token: NFKC, lower case, typographic apostrophes folded. */
  static String key(String token) {
    String s = Normalizer.normalize(token, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replace('\u2019', '\'').replace('\u2018', '\'');
  }

  /** "REST", "CALL", "IT": capitals only, so they match only in capitals. */
  static boolean isAcronym(String label) {
    return label.length() >= 2 && label.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ');
  }

  /**
   * The tokens of a label as the matcher sees them: tokenized like text, hyphens between word parts
   * dropped.
   */
  static List<String> written(EnglishNlp nlp, String label) {
    return nlp.tokenize(label.strip()).stream().filter(t -> !skipped(t)).toList();
  }

  /**
   * True when a label matches only as written (or in capitals): it has an ambiguity rule, is at
   * most {@code shortLabel} characters long, is an acronym, one capitalised word or a tool title
   * with function words.
   */
  static boolean caseSensitive(
      Skill skill, List<String> written, ExtractionConfig.AmbiguousLabel rule, int shortLabel) {
    String joined = String.join(" ", written);
    return rule != null
        || joined.length() <= shortLabel
        || isAcronym(joined)
        || isCapitalisedWord(written)
        || isTitleWithFunctionWords(skill, written);
  }

  /**
   * "Levels", "Platforms", "Java": one capitalised word. Many are O*NET tools named by a plain
   * noun, so they match only capitalised; lower-case spellings of names worth finding ("python")
   * are listed as aliases.
   */
  private static boolean isCapitalisedWord(List<String> written) {
    String w = written.get(0);
    return written.size() == 1
        && w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && w.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /** Product names of plain words such as "After the Deadline" match only as written. */
  private static boolean isTitleWithFunctionWords(Skill skill, List<String> written) {
    return skill.type() == SkillType.TOOL
        && written.size() > 1
        && written.stream().anyMatch(w -> FUNCTION_WORDS.contains(w))
        && Character.isUpperCase(written.get(0).charAt(0));
  }

  /** True for tokens the matcher steps over: hyphens between parts of a word. */
  static boolean skipped(String token) {
    return token.equals("-") || token.equals("\u2010") || token.equals("\u2011");
  }

  /** Adds labels to the trie, applying the documented exclusions. */
  private final class Builder {
    private final ExtractionConfig config;
    private final EnglishNlp nlp;
    private final Set<String> generic;
    private final Map<String, ExtractionConfig.AmbiguousLabel> rules;

    Builder(
        ExtractionConfig config,
        EnglishNlp nlp,
        Set<String> generic,
        Map<String, ExtractionConfig.AmbiguousLabel> rules) {
      this.config = config;
      this.nlp = nlp;
      this.generic = generic;
      this.rules = rules;
    }

    void add(Skill skill, String label, Kind kind) {
      if (label.isBlank() || generic.contains(Taxonomy.normalize(label))) {
        return;
      }
      List<String> written = written(nlp, label);
      if (written.isEmpty() || written.size() > config.maxLabelTokens() || !hasLetters(written)) {
        return;
      }
      String joined = String.join(" ", written);
      var rule = written.size() == 1 ? rules.get(key(joined)) : null;
      if (joined.length() == 1 && rule == null
          || isLooseAltLabel(skill, written, kind)
          || isObscureAcronym(skill, joined, kind)) {
        return;
      }
      boolean caseSensitive = caseSensitive(skill, written, rule, config.caseSensitiveMaxLength());
      insert(
          written,
          new Entry(skill, joined, written.size(), kind, caseSensitive, rule, Set.of(joined)));
    }

    /**
     * ESCO's one-word alternative labels of skills and knowledge are often loose synonyms
     * ("schedule" for "manage time", "SaaS" for "service-oriented modelling"); they match only when
     * they are the head of the preferred label ("Prolog" for "Prolog (computer programming)").
     */
    private static boolean isLooseAltLabel(Skill skill, List<String> written, Kind kind) {
      if (kind != Kind.ALT || written.size() > 1 || skill.type() == SkillType.TOOL) {
        return false;
      }
      String head = key(skill.label()).split("[ (,]")[0];
      return !head.equals(key(written.get(0)));
    }

    /**
     * O*NET derives acronyms from product names ("MPS" from "Marel production system MPS"); they
     * collide with other meanings, so an acronym alternative label of a tool matches only when the
     * tool is an O*NET hot technology ("AWS"); curated aliases cover the rest.
     */
    private static boolean isObscureAcronym(Skill skill, String label, Kind kind) {
      return kind == Kind.ALT && skill.type() == SkillType.TOOL && !skill.hot() && isAcronym(label);
    }

    private void insert(List<String> written, Entry entry) {
      Node node = root;
      for (String token : written) {
        node = node.addChild(key(token));
      }
      Entry old = node.entry;
      if (old == null) {
        size++;
        node.entry = entry;
      } else if (old.skill().id().equals(entry.skill().id())) {
        node.entry = merged(old, entry);
      } else if (better(entry, old)) {
        node.entry = entry;
      }
    }

    /**
     * The same key for the same skill twice ("HTML" and "html", a label and its alias): the
     * stronger kind, case-insensitive when either is, and both spellings.
     */
    private static Entry merged(Entry old, Entry e) {
      Kind kind = e.kind().ordinal() < old.kind().ordinal() ? e.kind() : old.kind();
      boolean caseSensitive = old.caseSensitive() && e.caseSensitive();
      var rule = old.rule() != null ? old.rule() : e.rule();
      Set<String> forms = new HashSet<>(old.forms());
      forms.addAll(e.forms());
      return new Entry(old.skill(), old.written(), old.tokens(), kind, caseSensitive, rule, forms);
    }

    private static boolean better(Entry a, Entry b) {
      if (a.kind() == Kind.ALIAS && b.kind() == Kind.ALIAS) {
        return false;
      }
      if (a.kind() != b.kind()) {
        return a.kind().ordinal() < b.kind().ordinal();
      }
      return a.skill().id().compareTo(b.skill().id()) < 0;
    }

    private static boolean hasLetters(List<String> tokens) {
      return tokens.stream().anyMatch(t -> t.chars().anyMatch(Character::isLetter));
    }
  }
}
