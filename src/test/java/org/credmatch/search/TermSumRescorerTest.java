package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * {@link TermSumRescorer} gives exactly what Lucene's {@link QueryRescorer} gives: the same scores,
 * bit for bit, in the same order, on an index of several segments.
 */
class TermSumRescorerTest {

  static final String[] WORDS = "sql data python cloud security lead team excel java r".split(" ");
  static final String[] QUERY_WORDS = (String.join(" ", WORDS) + " rare").split(" ");
  static final String[] FIELDS = {"title", "labels", "subject"};

  static Directory dir;
  static DirectoryReader reader;
  static IndexSearcher searcher;

  @BeforeContainer
  static void index() throws IOException {
    dir = new ByteBuffersDirectory();
    Random random = new Random(7);
    var config =
        new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (var writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < 600; i++) {
        Document doc = new Document();
        for (String field : FIELDS) {
          // "rare" is only in the first segment: the others have no postings for it.
          String rare = i < 150 && random.nextInt(5) == 0 ? " rare" : "";
          doc.add(new TextField(field, words(random, random.nextInt(8)) + rare, Field.Store.NO));
        }
        writer.addDocument(doc);
        if (i % 150 == 149) {
          writer.commit(); // a segment per 150 documents
        }
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  @AfterContainer
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  static String words(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return b.toString();
  }

  /** Random first-pass hits (with scores) and the ad-words shape of query: fields of terms. */
  @Property(tries = 200)
  void givesQueryRescorersScoresAndOrder(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    TopDocs hits = randomHits(random);
    Query words = wordsQuery(random);
    int topN = 1 + random.nextInt(hits.scoreDocs.length + 5);
    assertSame(hits, words, topN);
  }

  @Example
  void aQueryOfAnotherShapeIsRescoredByLucene() throws IOException {
    Random random = new Random(3);
    Query phrase =
        new BooleanQuery.Builder()
            .add(new PhraseQuery("title", "sql", "data"), Occur.SHOULD)
            .add(new TermQuery(new Term("labels", "python")), Occur.SHOULD)
            .build();
    assertSame(randomHits(random), phrase, 50);
  }

  @Example
  void leavesTheFirstPassHitsAsTheyWere() throws IOException {
    TopDocs hits = randomHits(new Random(11));
    float[] before = scores(hits.scoreDocs);
    TermSumRescorer.rescore(searcher, hits, wordsQuery(new Random(12)), 20);
    assertThat(scores(hits.scoreDocs)).containsExactly(before);
  }

  static void assertSame(TopDocs hits, Query query, int topN) throws IOException {
    TopDocs mine = TermSumRescorer.rescore(searcher, hits, query, topN);
    TopDocs lucene = QueryRescorer.rescore(searcher, copy(hits), query, 1.0, topN);
    assertThat(mine.totalHits).isEqualTo(lucene.totalHits);
    assertThat(docs(mine.scoreDocs)).containsExactly(docs(lucene.scoreDocs));
    assertThat(scores(mine.scoreDocs)).containsExactly(scores(lucene.scoreDocs));
  }

  static TopDocs randomHits(Random random) {
    int n = 1 + random.nextInt(300);
    List<ScoreDoc> hits = new ArrayList<>();
    random
        .ints(0, reader.maxDoc())
        .distinct()
        .limit(n)
        .forEach(
            d -> hits.add(new ScoreDoc(d, random.nextInt(4) == 0 ? 1f : random.nextFloat() * 10)));
    return new TopDocs(
        new org.apache.lucene.search.TotalHits(
            n, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
        hits.toArray(ScoreDoc[]::new));
  }

  /** As {@code SkillQuery.words} builds it: per field, boosted term clauses, the field boosted. */
  static Query wordsQuery(Random random) {
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    for (String field : FIELDS) {
      BooleanQuery.Builder terms = new BooleanQuery.Builder();
      for (String w : QUERY_WORDS) {
        if (random.nextInt(3) > 0) {
          Query t = new TermQuery(new Term(field, random.nextInt(5) == 0 ? w + "x" : w));
          terms.add(new BoostQuery(t, 1 + random.nextInt(4)), Occur.SHOULD);
        }
      }
      fields.add(new BoostQuery(terms.build(), random.nextFloat() * 3), Occur.SHOULD);
    }
    return fields.build();
  }

  static TopDocs copy(TopDocs hits) {
    ScoreDoc[] copy =
        Arrays.stream(hits.scoreDocs)
            .map(d -> new ScoreDoc(d.doc, d.score))
            .toArray(ScoreDoc[]::new);
    return new TopDocs(hits.totalHits, copy);
  }

  static int[] docs(ScoreDoc[] hits) {
    return Arrays.stream(hits).mapToInt(d -> d.doc).toArray();
  }

  static float[] scores(ScoreDoc[] hits) {
    float[] out = new float[hits.length];
    for (int i = 0; i < hits.length; i++) {
      out[i] = hits[i].score;
    }
    return out;
  }
}
