package org.credmatch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.credmatch.index.CatalogIndex;

/**
 * Builds the first-stage Lucene query: exact taxonomy-id matches weighted by requirement and
 * rarity, plus BM25 over titles and skill labels, under the user's filters. Stateless apart from
 * its immutable inputs; thread-safe.
 */
final class SkillQuery {

  private final CatalogIndex index;
  private final RankingConfig.Retrieval weights;

  /** Most terms whose index statistics are kept (a few hundred bytes each). */
  static final int TERM_STATES_CACHE = 100_000;

  /**
   * Where each queried term is in the index and its statistics, looked up once per term for this
   * (immutable) index instead of once per query: a long ad's words are some 450 term clauses, and
   * seeking them in the terms dictionary was a tenth of a recommendation's time at 100,000
   * programs. Built with statistics, a {@link TermStates} is read-only, so queries running at once
   * share it.
   */
  private final java.util.concurrent.ConcurrentHashMap<Term, TermStates> termStates =
      new java.util.concurrent.ConcurrentHashMap<>();

  SkillQuery(CatalogIndex index, RankingConfig.Retrieval weights) {
    this.index = index;
    this.weights = weights;
  }

  /**
   * The query for these weighted skills, plus BM25 on {@code extraWords} boosted by {@code
   * wordsBoost} when given (a match-all when there is neither), under the filters.
   */
  Query build(List<AdSkill> skills, String extraWords, double wordsBoost, Filters filters) {
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    for (AdSkill skill : skills) {
      addSkill(should, skill);
    }
    if (extraWords != null && !extraWords.isBlank() && wordsBoost > 0) {
      addWords(should, withoutStopWords(extraWords), wordsBoost);
    }
    BooleanQuery relevance = should.build();
    return filtered(relevance.clauses().isEmpty() ? new MatchAllDocsQuery() : relevance, filters);
  }

  /**
   * The ad's words alone (no filters), weighted as {@link #build} weighs them, for rescoring the
   * hits of a skills-only query.
   */
  Query words(String text, double wordsBoost) {
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    addWords(should, withoutStopWords(text), wordsBoost);
    return should.build();
  }

  /**
   * CredMatch's answer when no skill is recognised: {@link #bagOfWords} over the text without the
   * ad-words stop words.
   */
  Query wordsOnly(String text, Filters filters) {
    return bagOfWords(withoutStopWords(text), filters);
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N}'\u2019]+");

  /**
   * The text with every whole word of {@code adWordsStopWords} (case-insensitive, either
   * apostrophe) replaced by a space; the rest is left as it was, for the field analyzers.
   */
  String withoutStopWords(String text) {
    java.util.Set<String> stop = weights.adWordsStopWords();
    if (stop.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    var m = WORD.matcher(text);
    int last = 0;
    while (m.find()) {
      String word = m.group().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
      if (stop.contains(word)) {
        out.append(text, last, m.start()).append(' ');
        last = m.end();
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  /** Most distinct terms a bag-of-words query keeps (the most frequent), per field. */
  static final int MAX_BAG_TERMS = 150;

  /**
   * Plain BM25 over the words of a text (the baseline the ranking is compared with, and the
   * fallback when no skill is recognised): its {@value #MAX_BAG_TERMS} most frequent analysed
   * terms, each boosted by its count, over titles, skill labels and subjects.
   */
  Query bagOfWords(String text, Filters filters) {
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    addWords(should, text, 1.0);
    return filtered(should.build(), filters);
  }

  /**
   * The text's terms over titles, skill labels and subjects, each field's weight times {@code
   * boost}. The text is analysed once per distinct query analyzer, not once per field (the three
   * share one in the shipped schema, and a long ad is the costliest thing to analyse here).
   */
  private void addWords(BooleanQuery.Builder should, String text, double boost) {
    java.util.Map<String, java.util.Map<String, Integer>> byAnalyzer = new java.util.HashMap<>();
    addTerms(should, "title", text, boost * weights.titleBoost(), byAnalyzer);
    addTerms(should, "skill_labels", text, boost * weights.skillLabelBoost(), byAnalyzer);
    addTerms(should, "subject", text, boost * weights.subjectBoost(), byAnalyzer);
  }

  private void addTerms(
      BooleanQuery.Builder should,
      String field,
      String text,
      double boost,
      java.util.Map<String, java.util.Map<String, Integer>> byAnalyzer) {
    if (boost <= 0) {
      return;
    }
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    byAnalyzer
        .computeIfAbsent(
            index.schema().field(field).queryAnalyzerOrDefault(), a -> termCounts(field, text))
        .entrySet()
        .stream()
        .sorted(
            java.util.Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey()))
        .limit(MAX_BAG_TERMS)
        .forEach(
            e -> terms.add(new BoostQuery(term(field, e.getKey()), e.getValue()), Occur.SHOULD));
    should.add(new BoostQuery(terms.build(), (float) boost), Occur.SHOULD);
  }

  /** A term query carrying the term's cached index statistics. */
  TermQuery term(String field, String text) {
    Term t = new Term(field, text);
    TermStates states = termStates.get(t);
    if (states == null) {
      try {
        states = TermStates.build(index.searcher(), t, true);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (termStates.size() < TERM_STATES_CACHE) {
        termStates.putIfAbsent(t, states);
      }
    }
    return new TermQuery(t, states);
  }

  private java.util.Map<String, Integer> termCounts(String field, String text) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    try (var stream = index.queryAnalyzer().tokenStream(field, text)) {
      var term =
          stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      stream.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return counts;
  }

  /**
   * A linked skill: its id, and its label as a phrase in titles. Its label is not also looked for
   * in {@code skill_labels}: a program that lists the skill has its id, so that phrase counted the
   * same evidence twice (and was a positional query per skill). An unlinked skill has only its
   * label, looked for in both fields.
   */
  private void addSkill(BooleanQuery.Builder should, AdSkill skill) {
    if (skill.id() != null) {
      Query id = new ConstantScoreQuery(term("skill_ids", skill.id()));
      should.add(
          new BoostQuery(id, (float) (weights.skillIdBoost() * skill.weight())), Occur.SHOULD);
    }
    addPhrase(should, "title", skill.label(), weights.titleBoost() * skill.weight());
    if (skill.id() == null) {
      addPhrase(should, "skill_labels", skill.label(), weights.skillLabelBoost() * skill.weight());
    }
  }

  private void addPhrase(BooleanQuery.Builder should, String field, String text, double boost) {
    Query q = new QueryBuilder(index.queryAnalyzer()).createPhraseQuery(field, text);
    if (q != null && boost > 0) {
      should.add(new BoostQuery(q, (float) boost), Occur.SHOULD);
    }
  }

  private static Query filtered(Query relevance, Filters f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(relevance, Occur.MUST);
    if (f.maxCost() != null) {
      b.add(DoublePoint.newRangeQuery("cost", Double.NEGATIVE_INFINITY, f.maxCost()), Occur.FILTER);
    }
    if (Boolean.TRUE.equals(f.free())) {
      b.add(new TermQuery(new Term("free", "true")), Occur.FILTER);
    }
    if (f.maxHours() != null) {
      b.add(
          DoublePoint.newRangeQuery("hours", Double.NEGATIVE_INFINITY, f.maxHours()), Occur.FILTER);
    }
    anyOf(b, "delivery", f.delivery());
    anyOf(b, "level", f.level());
    anyOf(b, "provider", f.provider());
    anyOf(b, "type", f.type());
    anyOf(b, "language", f.language());
    return b.build();
  }

  private static void anyOf(BooleanQuery.Builder b, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
    b.add(any.build(), Occur.FILTER);
  }

  /**
   * Rarity of a skill id in the catalog, in [rarityFloor, 1]: rarer skills count more. Its document
   * frequency comes from the term's cached statistics ({@link #term}), which its query clause uses
   * next, instead of a fresh look-up in every segment.
   */
  double rarity(String skillId) {
    if (skillId == null) {
      return 1.0;
    }
    int df = term("skill_ids", skillId).getTermStates().docFreq();
    return rarity(df, Math.max(1, index.size()), weights.rarityFloor());
  }

  /**
   * Rarity of something {@code df} of {@code n} programs have: its BM25 idf over the largest idf
   * (of something no program has), at least {@code floor}.
   */
  static double rarity(int df, int n, double floor) {
    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    double max = Math.log(1 + (n + 0.5) / 0.5);
    return Math.max(floor, idf / max);
  }
}
