package org.credmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.credmatch.index.CatalogIndex;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Autocompletes skill names over the taxonomy: labels and alternative labels that start with the
 * typed text, or have a word that does. Skills taught by catalog programs come first, then
 * preferred-label matches, then shorter labels, then ids. Immutable after construction;
 * thread-safe.
 */
public final class SkillSuggester {

  /**
   * One suggestion.
   *
   * @param id taxonomy id
   * @param label preferred label
   * @param matched the label or alternative label that matched the typed text
   * @param type skill type
   * @param programs how many catalog programs teach it
   */
  public record Suggestion(String id, String label, String matched, String type, int programs) {}

  private record Entry(String key, String text, Skill skill, boolean preferred, int programs) {}

  private final List<Entry> entries;

  public SkillSuggester(Taxonomy taxonomy, CatalogIndex index) throws IOException {
    IndexReader reader = index.searcher().getIndexReader();
    List<Entry> all = new ArrayList<>();
    for (Skill s : taxonomy.skills()) {
      int programs = reader.docFreq(new Term("skill_ids", s.id()));
      all.add(new Entry(Taxonomy.normalize(s.label()), s.label(), s, true, programs));
      for (String alt : s.altLabels()) {
        all.add(new Entry(Taxonomy.normalize(alt), alt, s, false, programs));
      }
    }
    this.entries = List.copyOf(all);
  }

  /** Up to {@code limit} suggestions for {@code typed}; none for fewer than two characters. */
  public List<Suggestion> suggest(String typed, int limit) {
    String q = Taxonomy.normalize(typed);
    if (q.length() < 2) {
      return List.of();
    }
    var best = new java.util.LinkedHashMap<String, Entry>();
    entries.stream()
        .filter(e -> e.key().startsWith(q) || e.key().contains(" " + q))
        .sorted(ORDER)
        .forEach(e -> best.putIfAbsent(e.skill().id(), e));
    return best.values().stream()
        .limit(limit)
        .map(
            e ->
                new Suggestion(
                    e.skill().id(),
                    e.skill().label(),
                    e.text(),
                    e.skill().type().json(),
                    e.programs()))
        .toList();
  }

  private static final Comparator<Entry> ORDER =
      Comparator.comparing((Entry e) -> e.programs() == 0)
          .thenComparing(e -> !e.preferred())
          .thenComparingInt(e -> e.key().length())
          .thenComparing(e -> e.skill().id());
}
