package org.credmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

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
 * term's scorer multiplied as {@link BoostQuery} multiplies them. A query of any other shape is
 * handed to {@link QueryRescorer}.
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
        float[] second = root.scores(leaf, docs, from, to);
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
    if (query instanceof TermQuery) {
      return new Term(searcher.createWeight(query, ScoreMode.COMPLETE, boost));
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

    float[] scores(LeafReaderContext leaf, ScoreDoc[] docs, int from, int to) throws IOException {
      double[] sum = new double[to - from];
      for (Node clause : clauses) {
        switch (clause) {
          case Term t -> t.addTo(sum, leaf, docs, from, to);
          case Sum s -> {
            float[] inner = s.scores(leaf, docs, from, to);
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

  /** One term, its boost already in its weight. */
  private record Term(Weight weight) implements Node {

    /** Adds the term's score to {@code sum} for each hit in {@code [from, to)} it matches. */
    void addTo(double[] sum, LeafReaderContext leaf, ScoreDoc[] docs, int from, int to)
        throws IOException {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        return;
      }
      DocIdSetIterator postings = scorer.iterator();
      int i = from;
      while (i < to) {
        int target = docs[i].doc - leaf.docBase;
        int at = postings.docID() < target ? postings.advance(target) : postings.docID();
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
          return;
        }
        if (at == target) {
          sum[i - from] += scorer.score();
          i++;
        } else {
          i = firstAtLeast(docs, i, at + leaf.docBase);
        }
      }
    }
  }
}
