package org.credmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.Level;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.CredentialDocuments;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.Requirement;
import org.credmatch.skills.SkillExtractor;

/**
 * The recommendation facade: extracts the ad's skills, subtracts a résumé's, queries the index,
 * re-ranks, explains each result, and builds the stack. When the ranking gives the span model's
 * skills no weight ({@code modelSkillWeight} 0, as shipped) and {@code spanModelForAds} is off, ads
 * are read without the span model ({@link SkillExtractor#withoutSpanModel}): the recommendation's
 * {@code skills} are then the taxonomy matches the ranking uses, and {@code POST
 * /api/v1/skills/extract} remains the full reading. Thread-safe: holds only immutable state and
 * thread-safe collaborators.
 */
public final class Recommender {

  /** Most ad skills that go into one query (Lucene's clause limit is far above this). */
  static final int MAX_QUERY_SKILLS = 100;

  private static final Sort SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING));

  private final CatalogIndex index;
  private final SkillExtractor extractor;
  private final RankingConfig config;
  private final SkillQuery queries;
  private final Reranker reranker;
  private final StackBuilder stacks;
  private final CatalogVocabulary vocabulary;
  private final java.util.concurrent.ConcurrentHashMap<Integer, ProgramFacts> factsByDoc =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Most programs whose facts are kept in memory (about a kilobyte each). */
  static final int FACTS_CACHE = 50_000;

  /**
   * Codes of the programs' title words, skill keys and skill ids (and of the ad skills' ids), for
   * similarity and coverage; bounded by the index's vocabulary.
   */
  private final Codes.Dictionary words = new Codes.Dictionary();

  public Recommender(CatalogIndex index, SkillExtractor extractor, RankingConfig config) {
    this.index = index;
    // Skills only the span model finds weigh nothing in ranking at modelSkillWeight 0 (shipped),
    // so ads and résumés are read without it there: the model is most of the extraction time.
    boolean model = config.modelSkillWeight() > 0 || config.spanModelForAds();
    this.extractor = model ? extractor : extractor.withoutSpanModel();
    this.config = config;
    this.queries = new SkillQuery(index, config.retrieval());
    this.reranker = new Reranker(config.rerank());
    this.stacks = new StackBuilder(config.stack());
    try {
      this.vocabulary =
          CatalogVocabulary.of(index, config.catalogLabels(), config.retrieval().rarityFloor());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public Recommendation recommend(RecommendationRequest request) throws IOException {
    Extraction ad = withCatalogLabels(extractor.extract(request.text()), request.text());
    List<String> warnings = new ArrayList<>(ad.warnings());
    Recommendation.Gap gap = null;
    List<ExtractedSkill> wanted = ad.skills();
    if (request.resume() != null && !request.resume().isBlank()) {
      Extraction resume = withCatalogLabels(extractor.extract(request.resume()), request.resume());
      gap = ResumeGap.held(wanted, resume);
      wanted = ResumeGap.remaining(wanted, resume);
    }
    Level level = Seniority.of(request.text(), ad.skills());
    return rankFor(
        wanted,
        request.text(),
        readSentences(request.text(), ad.sentences()),
        config.retrieval().adWordsBoost(),
        level,
        request,
        gap,
        warnings);
  }

  /**
   * The ad's words for BM25: the sentences the extractor read, one a line, so the words of
   * benefits, company blurbs and boilerplate do not pull in programs (measured in
   * docs/evaluation.md); the whole text when the extractor does not say which it read.
   */
  static String readSentences(String text, List<Extraction.ReadSentence> read) {
    if (read == null) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (Extraction.ReadSentence r : read) {
      int end = Math.min(r.end(), text.length());
      if (r.start() < end) {
        out.append(text, r.start(), end).append('\n');
      }
    }
    return out.toString();
  }

  /** The extraction plus the catalog labels found in the text that it did not already hold. */
  private Extraction withCatalogLabels(Extraction found, String text) {
    java.util.Set<String> known = new java.util.HashSet<>();
    for (ExtractedSkill s : found.skills()) {
      known.add(org.credmatch.index.LabelText.normalize(s.label()));
    }
    List<ExtractedSkill> labels = vocabulary.find(text, known, found.sentences());
    if (labels.isEmpty()) {
      return found;
    }
    List<ExtractedSkill> all = new ArrayList<>(found.skills());
    all.addAll(labels);
    return new Extraction(all, found.warnings(), found.sentences());
  }

  /**
   * Ranks programs for skills chosen directly (an advisor's search), optionally with query words.
   *
   * @param skills the skills, typically looked up in the taxonomy, all treated as required
   * @param words optional free-text words, matched with BM25 alongside the skills
   * @param page paging, filters and stack limits (its text is ignored)
   */
  public Recommendation search(
      List<ExtractedSkill> skills, String words, RecommendationRequest page) throws IOException {
    return rankFor(skills, words, words, 1.0, null, page, null, new ArrayList<>());
  }

  private Recommendation rankFor(
      List<ExtractedSkill> wanted,
      String text,
      String extraWords,
      double wordsBoost,
      Level level,
      RecommendationRequest request,
      Recommendation.Gap gap,
      List<String> warnings)
      throws IOException {
    List<AdSkill> skills = adSkills(wanted, warnings);
    if (skills.isEmpty() && (text == null || text.isBlank())) {
      return new Recommendation(
          wanted,
          List.of(),
          0,
          stacks.build(List.of(), List.of(), request.stackLimits()),
          Facets.count(List.of()),
          gap,
          warnings);
    }
    if (skills.isEmpty()) {
      warnings.add("no skills recognised: results match the words of the text only");
    }
    // Built only when it runs: building it analyses the whole ad, which the rescoring path
    // otherwise does once, for the words query.
    Supplier<Query> full =
        skills.isEmpty()
            ? () -> queries.wordsOnly(text, request.filters())
            : () -> queries.build(skills, extraWords, wordsBoost, request.filters());
    int needed = request.offset() + request.limit();
    TopDocs top =
        !skills.isEmpty() && rescoreWithWords(extraWords, wordsBoost)
            ? rescored(
                queries.build(skills, null, 0, request.filters()),
                queries.words(extraWords, wordsBoost),
                full,
                needed)
            : index.searcher().search(full.get(), config.retrieval().candidates());
    List<Candidate> ranked = rank(top, skills, level, request);
    return new Recommendation(
        wanted,
        page(ranked, skills, request),
        ranked.size(),
        stacks.build(ranked, targets(skills), request.stackLimits()),
        Facets.count(ranked),
        gap,
        warnings);
  }

  /** The baseline: the whole ad as a BM25 bag of words over the same index, same filters. */
  public List<Credential> baseline(String text, Filters filters, int limit) throws IOException {
    TopDocs top = index.searcher().search(queries.bagOfWords(text, filters), limit, SCORE_THEN_ID);
    List<Credential> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(CredentialDocuments.read(index.searcher().storedFields(), sd.doc));
    }
    return out;
  }

  private boolean rescoreWithWords(String words, double boost) {
    return config.retrieval().adWordsRescoreWindow() > 0
        && words != null
        && !words.isBlank()
        && boost > 0;
  }

  /**
   * The first stage's best {@code candidates} hits when the ad's words rescore the skills' hits.
   * Score-only top-k lets Lucene skip documents that cannot compete; equal scores come out in
   * document order, which is credential-id order in an index built by IndexBuilder. The skills-only
   * query picks the window and the words are added to those hits' scores ({@link TermSumRescorer},
   * as Lucene's {@code QueryRescorer} would: the same sum as the full query, over far fewer
   * documents); when the skills match fewer programs than the page asks for ({@code needed}), the
   * full query runs instead, so programs matching the words alone still fill the page.
   */
  private TopDocs rescored(Query skillsOnly, Query words, Supplier<Query> full, int needed)
      throws IOException {
    IndexSearcher searcher = index.searcher();
    int n = config.retrieval().candidates();
    TopDocs window =
        searcher.search(skillsOnly, Math.max(n, config.retrieval().adWordsRescoreWindow()));
    if (window.scoreDocs.length < needed) {
      return searcher.search(full.get(), n);
    }
    return TermSumRescorer.rescore(searcher, window, words, n);
  }

  private List<Candidate> rank(
      TopDocs top, List<AdSkill> skills, Level level, RecommendationRequest r) throws IOException {
    IndexSearcher searcher = index.searcher();
    float max = top.scoreDocs.length == 0 ? 1 : maxScore(top);
    List<Candidate> candidates = new ArrayList<>(top.scoreDocs.length);
    var stored = searcher.storedFields();
    Coverage coverage = new Coverage(skills, words);
    for (ScoreDoc sd : top.scoreDocs) {
      ProgramFacts facts = facts(stored, sd.doc);
      double retrieval = max > 0 ? sd.score / max : 0;
      candidates.add(reranker.score(facts, retrieval, coverage, level));
    }
    return reranker.order(candidates, r.offset() + r.limit());
  }

  /**
   * The facts of an indexed program, parsed and normalised once per document of this index (the
   * index is immutable, so document numbers are stable); at most {@link #FACTS_CACHE} are kept.
   */
  private ProgramFacts facts(org.apache.lucene.index.StoredFields stored, int doc)
      throws IOException {
    ProgramFacts cached = factsByDoc.get(doc);
    if (cached != null) {
      return cached;
    }
    ProgramFacts facts = ProgramFacts.of(CredentialDocuments.read(stored, doc), words);
    if (factsByDoc.size() < FACTS_CACHE) {
      factsByDoc.putIfAbsent(doc, facts);
    }
    return facts;
  }

  private static float maxScore(TopDocs top) {
    float max = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      max = Math.max(max, sd.score);
    }
    return max;
  }

  private List<AdSkill> adSkills(List<ExtractedSkill> extracted, List<String> warnings) {
    List<ExtractedSkill> top = extracted;
    if (extracted.size() > MAX_QUERY_SKILLS) {
      top = extracted.subList(0, MAX_QUERY_SKILLS);
      warnings.add(
          "only the "
              + MAX_QUERY_SKILLS
              + " strongest of "
              + extracted.size()
              + " skills are used for ranking");
    }
    java.util.Map<String, AdSkill> byKey = new java.util.LinkedHashMap<>();
    for (ExtractedSkill s : top) {
      double source =
          s.source() == org.credmatch.skills.Source.MODEL ? config.modelSkillWeight() : 1.0;
      double weight =
          config.requirementWeights().of(s.requirement())
              * (s.id() == null ? 1.0 : config.typeWeights().of(s.type()))
              * (0.5 + 0.5 * s.weight())
              * source
              * queries.rarity(s.id());
      AdSkill skill =
          new AdSkill(
              s.id(), s.label(), s.requirement(), weight, evidence(s), Coverage.needle(s.label()));
      if (weight > 0) {
        byKey.putIfAbsent(skill.key(), skill);
      }
    }
    return List.copyOf(byKey.values());
  }

  private static String evidence(ExtractedSkill s) {
    return s.mentions().isEmpty() ? null : s.mentions().get(0).sentence();
  }

  /** Required skills, or every skill when the ad marks none as required. */
  private static List<AdSkill> targets(List<AdSkill> skills) {
    List<AdSkill> required =
        skills.stream().filter(s -> s.requirement() == Requirement.REQUIRED).toList();
    return required.isEmpty() ? skills : required;
  }

  private static List<RankedCredential> page(
      List<Candidate> ranked, List<AdSkill> skills, RecommendationRequest r) {
    List<RankedCredential> out = new ArrayList<>();
    for (int i = r.offset(); i < Math.min(ranked.size(), r.offset() + r.limit()); i++) {
      out.add(Explanations.explain(i + 1, ranked.get(i), skills));
    }
    return out;
  }
}
