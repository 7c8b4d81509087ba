package org.credmatch.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
 * once and only searched afterwards.
 *
 * <p>Lucene's BM25 proposes the 20 best labels; each is then scored by the Dice coefficient of the
 * English-analysed term sets (stop words dropped, Porter stems), which lies in [0, 1]. The best
 * label at or above the threshold wins (ties: preferred label, then smaller skill id); below it the
 * span stays unlinked.
 */
final class SkillLinker {

  private static final String ID = "id";
  private static final String LABEL = "label";
  private static final String PREFERRED = "preferred";
  private static final int CANDIDATES = 20;

  /**
   * A link.
   *
   * @param skill the taxonomy skill
   * @param similarity the Dice coefficient with the label it came through
   */
  record Link(Skill skill, double similarity) {}

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Taxonomy taxonomy;
  private final IndexSearcher searcher;
  private final double threshold;

  SkillLinker(Taxonomy taxonomy, double threshold) {
    this.taxonomy = taxonomy;
    this.threshold = threshold;
    try {
      var dir = new ByteBuffersDirectory();
      try (var writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Skill skill : taxonomy.skills()) {
          writer.addDocument(doc(skill, skill.label(), true));
          for (String alt : skill.altLabels()) {
            writer.addDocument(doc(skill, alt, false));
          }
        }
      }
      this.searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the label index", e);
    }
  }

  private static Document doc(Skill skill, String label, boolean preferred) {
    Document d = new Document();
    d.add(new StringField(ID, skill.id(), Field.Store.YES));
    d.add(new TextField(LABEL, label, Field.Store.YES));
    d.add(new StoredField(PREFERRED, preferred ? 1 : 0));
    return d;
  }

  /** The closest skill for {@code text}, when one is close enough. */
  Optional<Link> link(String text) {
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
    Link best = null;
    boolean bestPreferred = false;
    var stored = searcher.storedFields();
    for (ScoreDoc hit : hits) {
      Document d = stored.document(hit.doc);
      double dice = dice(terms, terms(d.get(LABEL)));
      boolean preferred = d.getField(PREFERRED).numericValue().intValue() == 1;
      Skill skill = taxonomy.get(d.get(ID)).orElseThrow();
      if (dice >= threshold
          && (best == null || beats(dice, preferred, skill, best, bestPreferred))) {
        best = new Link(skill, dice);
        bestPreferred = preferred;
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
