package org.credmatch.skills;

import java.util.Comparator;
import java.util.List;

/**
 * What a curator changed about extraction, on top of the taxonomy and {@code skill-aliases.tsv}.
 * Immutable and thread-safe; the lists are kept sorted so that equal curations are equal records
 * and print the same. Checked against a taxonomy when applied ({@link CuratedExtractor#apply}).
 *
 * <p>Phrases are compared the way taxonomy labels are keyed: tokenized like the text, hyphens
 * between word parts dropped, each token in NFKC lower case ("Self-starter" and "self starter" are
 * the same phrase).
 *
 * @param deny phrases and taxonomy skill ids never extracted: text inside an occurrence of a denied
 *     phrase yields no skill (neither a taxonomy label nor a model span), and a denied skill is
 *     dropped however it was found
 * @param synonyms extra names for taxonomy skills (target: an id or a preferred or alternative
 *     label), matched like {@code skill-aliases.tsv} lines; an alias of that file wins over a
 *     synonym with the same key
 * @param forced phrases that always name one skill: they win over every taxonomy label and alias
 *     with the same key, and over the span model's linking of that text
 */
public record Curation(List<String> deny, List<Mapping> synonyms, List<Mapping> forced) {

  private static final Comparator<Mapping> BY_PHRASE =
      Comparator.comparing(Mapping::phrase).thenComparing(Mapping::target);

  /** No curation: extraction as configured. */
  public static final Curation EMPTY = new Curation(List.of(), List.of(), List.of());

  /**
   * A phrase and the skill it names.
   *
   * @param phrase the phrase as a curator wrote it ("k8s", "ML")
   * @param target a taxonomy skill id, or a preferred or alternative label
   */
  public record Mapping(String phrase, String target) {
    public Mapping {
      phrase = phrase == null ? "" : phrase.strip();
      target = target == null ? "" : target.strip();
    }
  }

  public Curation {
    deny = deny == null ? List.of() : deny.stream().map(Curation::strip).sorted().toList();
    synonyms = synonyms == null ? List.of() : synonyms.stream().sorted(BY_PHRASE).toList();
    forced = forced == null ? List.of() : forced.stream().sorted(BY_PHRASE).toList();
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  /** True when nothing is denied, added or forced. */
  public boolean isEmpty() {
    return deny.isEmpty() && synonyms.isEmpty() && forced.isEmpty();
  }
}
