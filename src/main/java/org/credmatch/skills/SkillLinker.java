package org.credmatch.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Links free text (a span the name-finder model found) to the closest taxonomy skill, through an
 * in-memory Lucene index over preferred and alternative labels. Thread-safe: the index is built
 * once and only searched afterwards (each search opens its own doc-values iterator).
 *
 * <p>Lucene's BM25 proposes the 20 best labels; each is then scored by the Dice coefficient of the
 * English-analysed term sets (stop words dropped, Porter stems), which lies in [0, 1]. The best
 * label at or above the threshold wins (ties: preferred label, then smaller skill id); below it the
 * span stays unlinked.
 */
final class SkillLinker {

  private static final String LABEL = "label";
  private static final String ORD = "ord";
  private static final int CANDIDATES = 20;
  private static final int CACHE_SIZE = 20_000;

  /**
   * A link.
   *
   * @param skill the taxonomy skill
   * @param similarity the Dice coefficient with the label it came through
   */
  record Link(Skill skill, double similarity) {}

  /**
   * One indexed label, kept in memory with its analysed terms so scoring needs no stored fields.
   */
  private record Label(Skill skill, Set<String> terms, boolean preferred) {}

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final List<Label> labels = new ArrayList<>();
  private final Map<String, Optional<Link>> cache = new ConcurrentHashMap<>();
  private final IndexSearcher searcher;
  private final double threshold;

  SkillLinker(Taxonomy taxonomy, double threshold) {
    this.threshold = threshold;
    try {
      var dir = new ByteBuffersDirectory();
      try (var writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Skill skill : taxonomy.skills()) {
          add(writer, skill, skill.label(), true);
          for (String alt : skill.altLabels()) {
            add(writer, skill, alt, false);
          }
        }
      }
      this.searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the label index", e);
    }
  }

  private void add(IndexWriter writer, Skill skill, String label, boolean preferred)
      throws IOException {
    Document d = new Document();
    d.add(new TextField(LABEL, label, Field.Store.NO));
    d.add(new NumericDocValuesField(ORD, labels.size()));
    labels.add(new Label(skill, terms(label), preferred));
    writer.addDocument(d);
  }

  /** The closest skill for {@code text}, when one is close enough; answers are memoised. */
  Optional<Link> link(String text) {
    Optional<Link> cached = cache.get(text);
    if (cached != null) {
      return cached;
    }
    Optional<Link> link = search(text);
    if (cache.size() < CACHE_SIZE) {
      cache.put(text, link);
    }
    return link;
  }

  private Optional<Link> search(String text) {
    Set<String> terms = terms(text);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    var query = new BooleanQuery.Builder();
    terms.forEach(t -> query.add(new TermQuery(new Term(LABEL, t)), BooleanClause.Occur.SHOULD));
    try {
      return best(terms, searcher.search(query.build(), CANDIDATES).scoreDocs);
    } catch (IOException e) {
      throw new UncheckedIOException("label index search failed", e);
    }
  }

  private Optional<Link> best(Set<String> terms, ScoreDoc[] hits) throws IOException {
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
    NumericDocValues ords = MultiDocValues.getNumericValues(searcher.getIndexReader(), ORD);
    Link best = null;
    boolean bestPreferred = false;
    for (ScoreDoc hit : byDoc) {
      if (!ords.advanceExact(hit.doc)) {
        continue;
      }
      Label label = labels.get((int) ords.longValue());
      double dice = dice(terms, label.terms());
      if (dice >= threshold
          && (best == null || beats(dice, label.preferred(), label.skill(), best, bestPreferred))) {
        best = new Link(label.skill(), dice);
        bestPreferred = label.preferred();
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean beats(double dice, boolean preferred, Skill skill, Link best, boolean bp) {
    if (dice != best.similarity()) {
      return dice > best.similarity();
    }
    if (preferred != bp) {
      return preferred;
    }
    return skill.id().compareTo(best.skill().id()) < 0;
  }

  private static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return 2.0 * common.size() / (a.size() + b.size());
  }

  private Set<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(LABEL, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HashSet<>(out);
  }
}
