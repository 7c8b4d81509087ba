package org.credmatch.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.credmatch.skills.LabelDictionary.Entry;
import org.credmatch.skills.LabelDictionary.Kind;
import org.credmatch.skills.LabelDictionary.Node;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Checks a {@link Curation} against the taxonomy and builds its {@link CompiledCuration}. Every
 * problem is collected before one {@link CurationException} is thrown. Immutable and thread-safe
 * (tokenizing goes through OpenNLP's thread-safe wrappers); compiling costs a tokenization per
 * phrase, not a rebuild of the taxonomy's trie.
 *
 * <p>Synonyms and forced phrases are keyed and case-checked like {@code skill-aliases.tsv} lines
 * (short labels, acronyms and one capitalised word match only as written or in capitals); unlike
 * aliases they are not dropped for being generic, since a curator asked for them. Denied phrases
 * match in any case.
 */
final class CurationCompiler {

  /**
   * Ids of the taxonomy's schemes (models/taxonomy/README.md): a line like this is not a phrase.
   */
  private static final Pattern ID_LIKE = Pattern.compile("(https?://|onet:|esco110:)\\S+");

  private final Taxonomy taxonomy;
  private final EnglishNlp nlp;
  private final int shortLabel;
  private final Map<String, ExtractionConfig.AmbiguousLabel> rules = new HashMap<>();

  CurationCompiler(Taxonomy taxonomy, ExtractionConfig config, EnglishNlp nlp) {
    this.taxonomy = taxonomy;
    this.nlp = nlp;
    this.shortLabel = config.caseSensitiveMaxLength();
    config.ambiguous().labels().forEach(r -> rules.put(LabelDictionary.key(r.label()), r));
  }

  /**
   * The curation ready for matching.
   *
   * @throws CurationException listing every problem, when there is one
   */
  CompiledCuration compile(Curation curation) {
    Build b = new Build();
    b.problems.addAll(CurationFiles.unwritable(curation));
    curation.deny().forEach(b::deny);
    curation.synonyms().forEach(m -> b.map("synonyms", m, Kind.ALIAS));
    curation.forced().forEach(m -> b.map("forced", m, Kind.FORCED));
    if (!b.problems.isEmpty()) {
      throw new CurationException(b.problems);
    }
    return new CompiledCuration(b.root, b.deniedIds, b.deniedPhrases, b.forced);
  }

  /** One compilation's state. */
  private final class Build {
    final List<String> problems = new ArrayList<>();
    final Node root = new Node();
    final Set<String> deniedIds = new HashSet<>();
    final Set<String> deniedPhrases = new HashSet<>();
    final Map<String, Skill> forced = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();

    void deny(String entry) {
      String name = "deny '" + entry + "'";
      if (entry.isBlank()) {
        problems.add("deny: blank entry");
      } else if (taxonomy.get(entry).isPresent()) {
        if (!deniedIds.add(entry)) {
          problems.add(name + ": listed twice");
        }
      } else if (ID_LIKE.matcher(entry).matches()) {
        problems.add(name + ": no taxonomy skill has this id");
      } else {
        List<String> written = words(name, entry);
        if (written != null && claim(name, written)) {
          String joined = String.join(" ", written);
          deniedPhrases.add(CompiledCuration.key(written));
          insert(
              written, new Entry(null, joined, written.size(), Kind.DENY, false, null, Set.of()));
        }
      }
    }

    void map(String list, Curation.Mapping m, Kind kind) {
      String name = list + " '" + m.phrase() + "'";
      Skill skill = target(name, m.target());
      if (m.phrase().isBlank()) {
        problems.add(list + ": blank phrase (target '" + m.target() + "')");
        return;
      }
      List<String> written = words(name, m.phrase());
      if (written == null || !claim(name, written) || skill == null) {
        return;
      }
      insert(written, entry(skill, written, kind));
      if (kind == Kind.FORCED) {
        forced.put(CompiledCuration.key(written), skill);
      }
    }

    private Skill target(String name, String target) {
      if (target.isBlank()) {
        problems.add(name + ": blank target");
        return null;
      }
      Skill skill = taxonomy.get(target).or(() -> taxonomy.findByLabel(target)).orElse(null);
      if (skill == null) {
        problems.add(name + " -> '" + target + "': no taxonomy skill has this id or label");
      } else if (deniedIds.contains(skill.id())) {
        problems.add(name + " -> '" + target + "': that skill is denied");
        return null;
      }
      return skill;
    }

    /** The phrase's tokens, or null (with a problem) when nothing in it can be matched. */
    private List<String> words(String name, String phrase) {
      List<String> written = LabelDictionary.written(nlp, phrase);
      if (written.stream().noneMatch(t -> t.chars().anyMatch(Character::isLetterOrDigit))) {
        problems.add(name + ": no words to match");
        return null;
      }
      return written;
    }

    /** Records that {@code name} uses this phrase; false (with a problem) when another does. */
    private boolean claim(String name, List<String> written) {
      String other = owners.putIfAbsent(CompiledCuration.key(written), name);
      if (other != null) {
        problems.add(name + ": same phrase as " + other + " (a phrase is listed once)");
      }
      return other == null;
    }

    private Entry entry(Skill skill, List<String> written, Kind kind) {
      String joined = String.join(" ", written);
      var rule =
          kind == Kind.ALIAS && written.size() == 1 ? rules.get(LabelDictionary.key(joined)) : null;
      boolean caseSensitive = LabelDictionary.caseSensitive(skill, written, rule, shortLabel);
      return new Entry(skill, joined, written.size(), kind, caseSensitive, rule, Set.of(joined));
    }

    private void insert(List<String> written, Entry entry) {
      Node node = root;
      for (String token : written) {
        node = node.addChild(LabelDictionary.key(token));
      }
      node.setEntry(entry);
    }
  }
}
