package org.credmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Adds the score of a (nested, boosted) disjunction of term queries to first-pass hits: the result
 * of {@link QueryRescorer#rescore(IndexSearcher, TopDocs, Query, double, int)} with weight 1, got
 * term by term instead of through one disjunction scorer.
 *
 * <p>An ad's words are some 450 term clauses, and a disjunction scorer advancing them together to
 * each of a few hundred hits keeps them in a heap, re-ordered on every advance: that heap was most
 * of the rescoring's time at 100,000 programs. Here each term's postings are advanced along the
 * sorted hits on their own, and each disjunction sums its clauses' scores into a {@code double} per
 * hit and rounds it to {@code float}, as Lucene's disjunction scorer does; the boosts reach each
 * term's {@link Similarity.SimScorer} multiplied as {@link BoostQuery} multiplies them, and each
 * term is scored from its frequency and the hit's norm as {@code TermScorer} scores it. Per segment
 * and field, one terms enum and one postings enum serve all the field's terms and the hits' norms
 * are read once, where each term query's scorer would allocate its own. A query of any other shape
 * is handed to {@link QueryRescorer}. Unlike {@link QueryRescorer}, it leaves the given hits as
 * they were.
 *
 * <p>Stateless; thread-safe.
 */
final class TermSumRescorer {

  private TermSumRescorer() {}

  /** Score descending, then document ascending: the order {@link QueryRescorer} returns. */
  private static final Comparator<ScoreDoc> ORDER =
      (a, b) ->
          a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc);

  /** The hits with {@code query}'s score added, best {@code topN} first. */
  static TopDocs rescore(IndexSearcher searcher, TopDocs hits, Query query, int topN)
      throws IOException {
    Node node = node(searcher, searcher.rewrite(query), 1f);
    if (node == null) {
      return QueryRescorer.rescore(searcher, copy(hits), query, 1.0, topN);
    }
    // A lone term's float score survives the sum unchanged.
    Sum root = node instanceof Sum s ? s : new Sum(List.of(node));
    ScoreDoc[] docs = hits.scoreDocs.clone();
    Arrays.sort(docs, Comparator.comparingInt(d -> d.doc));
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int from = firstAtLeast(docs, 0, leaf.docBase);
      int to = firstAtLeast(docs, from, leaf.docBase + leaf.reader().maxDoc());
      if (from < to) {
        float[] second = root.scores(new Segment(leaf, docs, from, to));
        for (int i = from; i < to; i++) {
          float first = docs[i].score;
          docs[i] =
              new ScoreDoc(
                  docs[i].doc, (float) (first + 1.0 * second[i - from]), docs[i].shardIndex);
        }
      }
    }
    Arrays.sort(docs, ORDER);
    return new TopDocs(hits.totalHits, topN < docs.length ? Arrays.copyOf(docs, topN) : docs);
  }

  /** A copy whose hits Lucene's rescorer may change (it sets their scores in place). */
  private static TopDocs copy(TopDocs hits) {
    ScoreDoc[] docs = new ScoreDoc[hits.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      ScoreDoc d = hits.scoreDocs[i];
      docs[i] = new ScoreDoc(d.doc, d.score, d.shardIndex);
    }
    return new TopDocs(hits.totalHits, docs);
  }

  /** The tree for a rewritten query, or null when it is not a disjunction of term queries. */
  private static Node node(IndexSearcher searcher, Query query, float boost) throws IOException {
    if (query instanceof BoostQuery b) {
      return node(searcher, b.getQuery(), b.getBoost() * boost);
    }
    if (query instanceof TermQuery t) {
      return Term.of(searcher, t, boost);
    }
    if (query instanceof MatchNoDocsQuery) {
      return new Sum(List.of());
    }
    if (query instanceof BooleanQuery b && isDisjunction(b)) {
      List<Node> clauses = new ArrayList<>(b.clauses().size());
      for (var clause : b.clauses()) {
        Node n = node(searcher, clause.query(), boost);
        if (n == null) {
          return null;
        }
        clauses.add(n);
      }
      return new Sum(clauses);
    }
    return null;
  }

  private static boolean isDisjunction(BooleanQuery b) {
    return b.getMinimumNumberShouldMatch() == 0
        && b.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD);
  }

  /** Index of the first hit at or after {@code from} whose document is at least {@code doc}. */
  private static int firstAtLeast(ScoreDoc[] docs, int from, int doc) {
    int i = from;
    while (i < docs.length && docs[i].doc < doc) {
      i++;
    }
    return i;
  }

  /** A part of the query, scored over a segment's hits. */
  private sealed interface Node permits Sum, Term {}

  /** A disjunction: its clauses' scores summed in double, rounded to float. */
  private record Sum(List<Node> clauses) implements Node {

    float[] scores(Segment segment) throws IOException {
      double[] sum = new double[segment.to - segment.from];
      for (Node clause : clauses) {
        switch (clause) {
          case Term t -> t.addTo(sum, segment);
          case Sum s -> {
            float[] inner = s.scores(segment);
            for (int i = 0; i < inner.length; i++) {
              sum[i] += inner[i];
            }
          }
        }
      }
      float[] out = new float[sum.length];
      for (int i = 0; i < sum.length; i++) {
        out[i] = (float) sum[i];
      }
      return out;
    }
  }

  /**
   * One term with its statistics, scored as {@code TermQuery}'s weight scores it: by the searcher's
   * similarity with the term's boost, or not at all when no document has the term ({@code scorer}
   * null).
   */
  private record Term(String field, BytesRef bytes, TermStates states, Similarity.SimScorer scorer)
      implements Node {

    static Term of(IndexSearcher searcher, TermQuery query, float boost) throws IOException {
      org.apache.lucene.index.Term term = query.getTerm();
      TermStates states = query.getTermStates();
      if (states == null || !states.wasBuiltFor(searcher.getTopReaderContext())) {
        states = TermStates.build(searcher, term, true);
      }
      Similarity.SimScorer scorer = null;
      if (states.docFreq() > 0) {
        scorer =
            searcher
                .getSimilarity()
                .scorer(
                    boost,
                    searcher.collectionStatistics(term.field()),
                    searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
      }
      return new Term(term.field(), term.bytes(), states, scorer);
    }

    /** Adds the term's score to {@code sum} for each of the segment's hits it matches. */
    void addTo(double[] sum, Segment segment) throws IOException {
      var state = scorer == null ? null : states.get(segment.leaf);
      TermState termState = state == null ? null : state.get();
      Segment.Field f = termState == null ? null : segment.field(field);
      if (f == null) {
        return;
      }
      f.terms.seekExact(bytes, termState);
      PostingsEnum postings = f.terms.postings(f.postings, PostingsEnum.FREQS);
      f.postings = postings;
      ScoreDoc[] docs = segment.docs;
      int base = segment.leaf.docBase;
      int i = segment.from;
      while (i < segment.to) {
        int target = docs[i].doc - base;
        int at = postings.docID() < target ? postings.advance(target) : postings.docID();
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
          return;
        }
        if (at == target) {
          sum[i - segment.from] += scorer.score(postings.freq(), f.norms[i - segment.from]);
          i++;
        } else {
          i = firstAtLeast(docs, i, at + base);
        }
      }
    }
  }

  /** One segment's hits ({@code docs[from, to)}), and per field what scoring its terms shares. */
  private static final class Segment {
    final LeafReaderContext leaf;
    final ScoreDoc[] docs;
    final int from;
    final int to;
    private final Map<String, Field> fields = new HashMap<>();

    Segment(LeafReaderContext leaf, ScoreDoc[] docs, int from, int to) {
      this.leaf = leaf;
      this.docs = docs;
      this.from = from;
      this.to = to;
    }

    /** A field's enums and its norms at the hits, or null when the segment has no such field. */
    Field field(String name) throws IOException {
      Field f = fields.get(name);
      if (f == null && !fields.containsKey(name)) {
        Terms terms = leaf.reader().terms(name);
        f = terms == null ? null : new Field(terms.iterator(), norms(name));
        fields.put(name, f);
      }
      return f;
    }

    /** Each hit's norm, 1 where it has none, as {@code TermScorer} reads them. */
    private long[] norms(String name) throws IOException {
      long[] norms = new long[to - from];
      NumericDocValues values = leaf.reader().getNormValues(name);
      for (int i = from; i < to; i++) {
        int doc = docs[i].doc - leaf.docBase;
        norms[i - from] = values != null && values.advanceExact(doc) ? values.longValue() : 1L;
      }
      return norms;
    }

    /** A field's terms enum, its postings enum to reuse, and the hits' norms. */
    static final class Field {
      final TermsEnum terms;
      final long[] norms;
      PostingsEnum postings;

      Field(TermsEnum terms, long[] norms) {
        this.terms = terms;
        this.norms = norms;
      }
    }
  }
}
