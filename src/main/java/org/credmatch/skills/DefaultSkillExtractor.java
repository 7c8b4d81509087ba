package org.credmatch.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.credmatch.ner.SkillSpan;
import org.credmatch.ner.SkillSpanFinder;
import org.credmatch.skills.LabelDictionary.Entry;
import org.credmatch.skills.TaxonomyMatcher.Match;
import org.credmatch.skills.YearsParser.Years;
import org.credmatch.taxonomy.Skill;
import org.credmatch.taxonomy.SkillType;
import org.credmatch.taxonomy.Taxonomy;
import org.credmatch.util.Deferred;

/**
 * The extraction pipeline: clean, find sections, split into sentences with OpenNLP, match taxonomy
 * labels, add model spans, parse years of experience, group and weigh. A {@link Curation} given per
 * call ({@link CuratedExtractor}) takes part in matching and linking. Thread-safe: everything it
 * holds is immutable or a thread-safe OpenNLP wrapper, so one instance serves concurrent requests.
 */
public final class DefaultSkillExtractor implements SkillExtractor {

  private static final double CONFIDENCE_PREFERRED = 0.95;
  private static final double CONFIDENCE_ALIAS = 0.9;
  private static final double CONFIDENCE_ALT = 0.85;
  private static final double CONFIDENCE_AMBIGUOUS = 0.7;
  private static final double LEMMA_PENALTY = 0.05;

  private final ExtractionConfig config;
  private final EnglishNlp nlp;
  private final LabelDictionary dictionary;
  private final TaxonomyMatcher matcher;
  private final SectionDetector sections;
  private final LanguageGuesser language;
  private final SkillAggregator aggregator;
  private final SkillSpanFinder finder;

  /**
   * Built on a thread of its own once {@link #startBackgroundWork()} is called, or by the first
   * model span that needs it (it indexes every taxonomy label, about a second): only model spans
   * need it, and the reading without the model (ranking) never waits for it.
   */
  private final Deferred<SkillLinker> linker;

  private final CurationCompiler curations;

  /**
   * Builds the pipeline (loads the OpenNLP models and indexes the taxonomy labels).
   *
   * @param finder the trained span finder, or null to use the taxonomy matcher alone
   */
  public DefaultSkillExtractor(Taxonomy taxonomy, ExtractionConfig config, SkillSpanFinder finder) {
    this(taxonomy, config, finder, new EnglishNlp(config.lemmaCacheSize()));
  }

  /** As the public constructor, with the OpenNLP models already loaded. */
  DefaultSkillExtractor(
      Taxonomy taxonomy, ExtractionConfig config, SkillSpanFinder finder, EnglishNlp nlp) {
    this.config = config;
    this.nlp = nlp;
    this.dictionary = new LabelDictionary(taxonomy, config, nlp);
    this.matcher = new TaxonomyMatcher(dictionary, config);
    this.sections = new SectionDetector(config);
    this.language = new LanguageGuesser(config.languageGuess());
    this.aggregator = new SkillAggregator(config);
    this.finder = finder;
    this.linker =
        finder == null
            ? null
            : new Deferred<>(
                "span-linker", () -> new SkillLinker(taxonomy, config.linkThreshold()));
    this.curations = new CurationCompiler(taxonomy, config, nlp);
  }

  /** A view of {@code full} sharing every part but the span model and its linker. */
  private DefaultSkillExtractor(DefaultSkillExtractor full) {
    this.config = full.config;
    this.nlp = full.nlp;
    this.dictionary = full.dictionary;
    this.matcher = full.matcher;
    this.sections = full.sections;
    this.language = full.language;
    this.aggregator = full.aggregator;
    this.finder = null;
    this.linker = null;
    this.curations = full.curations;
  }

  /** Starts loading the span model and building its label linker: only a full reading uses them. */
  @Override
  public void startBackgroundWork() {
    if (finder != null) {
      finder.startBackgroundWork();
      linker.start();
    }
  }

  @Override
  public DefaultSkillExtractor withoutSpanModel() {
    return finder == null ? this : new DefaultSkillExtractor(this);
  }

  /**
   * Checks a curation against this extractor's taxonomy and readies it for {@link #extract(String,
   * CompiledCuration)}.
   *
   * @throws CurationException listing every problem
   */
  CompiledCuration compile(Curation curation) {
    return curations.compile(curation);
  }

  /** Aliases of skill-aliases.tsv whose target skill is not in the taxonomy. */
  public List<String> unresolvedAliases() {
    return dictionary.unresolvedAliases();
  }

  /** Extracts without any curation. */
  @Override
  public Extraction extract(String text) {
    return extract(text, CompiledCuration.EMPTY);
  }

  /** Extracts with a curation: denied phrases and skills out, synonyms and forced phrases in. */
  Extraction extract(String text, CompiledCuration curation) {
    if (text == null || text.isBlank()) {
      return new Extraction(List.of(), List.of("empty input: there is no text to extract from"));
    }
    List<String> warnings = new ArrayList<>();
    String input = truncate(text, warnings);
    CleanedText cleaned = TextCleaner.clean(input);
    if (cleaned.text().isBlank()) {
      warnings.add("no text left once markup was removed");
      return new Extraction(List.of(), warnings);
    }
    language
        .nonEnglish(cleaned.text())
        .ifPresent(
            lang ->
                warnings.add("text looks like " + lang + ", not English: skills may be missed"));
    List<Extraction.ReadSentence> read = new ArrayList<>();
    List<ExtractedSkill> skills =
        aggregator.aggregate(candidates(cleaned, curation, read), cleaned, input);
    if (skills.isEmpty()) {
      warnings.add("no skills recognised");
    }
    return new Extraction(skills, warnings, read);
  }

  private String truncate(String text, List<String> warnings) {
    if (text.length() <= config.maxChars()) {
      return text;
    }
    int cut = config.maxChars();
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    warnings.add(
        String.format(
            java.util.Locale.ROOT,
            "input truncated at %,d characters (of %,d)",
            cut,
            text.length()));
    return text.substring(0, cut);
  }

  /** The candidates of every sentence not skipped; those sentences go to {@code read}. */
  private List<Candidate> candidates(
      CleanedText cleaned, CompiledCuration curation, List<Extraction.ReadSentence> read) {
    List<SectionKind> kinds = sections.classify(cleaned);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < cleaned.lines().size(); i++) {
      CleanedText.Line line = cleaned.lines().get(i);
      String content = cleaned.text().substring(line.start(), line.end());
      // Sentences are judged before they are analysed: benefits and boilerplate are skipped
      // without being tokenized, lemmatized or tagged.
      for (var span : nlp.sentences(content)) {
        String sentence = content.substring(span.getStart(), span.getEnd());
        SectionDetector.Verdict verdict = sections.judge(sentence, kinds.get(i));
        if (!verdict.skip()) {
          int start = line.start() + span.getStart();
          read.add(
              new Extraction.ReadSentence(
                  cleaned.originalStart(start), cleaned.originalEnd(line.start() + span.getEnd())));
          Sentence s = nlp.analyze(sentence, start);
          sentenceCandidates(s, verdict.requirement(), curation, out);
        }
      }
    }
    return out;
  }

  private void sentenceCandidates(
      Sentence s, Requirement level, CompiledCuration curation, List<Candidate> out) {
    List<Years> years = YearsParser.parse(s.text());
    List<Match> matches = matcher.match(s, curation);
    for (Match m : matches) {
      if (!m.denied() && !curation.deniesId(m.entry().skill().id())) {
        out.add(taxonomyCandidate(s, m, years, level));
      }
    }
    if (finder != null) {
      modelCandidates(s, matches, years, level, curation, out);
    }
  }

  private Candidate taxonomyCandidate(Sentence s, Match m, List<Years> years, Requirement level) {
    int start = s.tokens().get(m.first()).start();
    int end = s.tokens().get(m.last() - 1).end();
    Entry e = m.entry();
    Integer min = YearsParser.minYearsFor(s.text(), years, start - s.start(), end - s.start());
    return new Candidate(
        e.skill().id(),
        e.skill().label(),
        e.skill().type(),
        Source.TAXONOMY,
        levelWith(level, min),
        min,
        confidence(m),
        start,
        end,
        s.text(),
        e.tokens());
  }

  private static Requirement levelWith(Requirement level, Integer minYears) {
    return minYears != null && level == Requirement.MENTIONED ? Requirement.REQUIRED : level;
  }

  private static double confidence(Match m) {
    double c =
        switch (m.entry().kind()) {
          case FORCED, PREFERRED -> CONFIDENCE_PREFERRED;
          case ALIAS -> CONFIDENCE_ALIAS;
          case ALT -> CONFIDENCE_ALT;
          case DENY -> throw new IllegalStateException("a denied phrase names no skill");
        };
    if (m.entry().rule() != null) {
      c = CONFIDENCE_AMBIGUOUS;
    }
    return m.viaLemma() ? c - LEMMA_PENALTY : c;
  }

  /**
   * Model spans not covered by a taxonomy match, nor inside a denied phrase: linked when a forced
   * phrase or a close label names them, else unlinked; spans linked to a denied skill are dropped.
   */
  private void modelCandidates(
      Sentence s,
      List<Match> matches,
      List<Years> years,
      Requirement level,
      CompiledCuration curation,
      List<Candidate> out) {
    List<String> words = s.tokens().stream().map(Token::text).toList();
    for (SkillSpan span : finder.find(words)) {
      String key = CompiledCuration.key(words.subList(span.start(), span.end()));
      if (span.probability() >= config.modelMinProbability()
          && !overlaps(span, matches)
          && !curation.deniesPhrase(key)
          && !insideDenied(span, matches)) {
        Candidate c = modelCandidate(s, span, years, level, curation.forcedSkill(key));
        if (!curation.deniesId(c.id())) {
          out.add(c);
        }
      }
    }
  }

  private Candidate modelCandidate(
      Sentence s, SkillSpan span, List<Years> years, Requirement level, Optional<Skill> forced) {
    int start = s.tokens().get(span.start()).start();
    int end = s.tokens().get(span.end() - 1).end();
    String text = s.text().substring(start - s.start(), end - s.start());
    Integer min = YearsParser.minYearsFor(s.text(), years, start - s.start(), end - s.start());
    Requirement req = levelWith(level, min);
    int tokens = span.end() - span.start();
    Optional<SkillLinker.Link> link =
        forced.map(skill -> new SkillLinker.Link(skill, 1.0)).or(() -> linker.join().link(text));
    if (link.isPresent()) {
      var skill = link.get().skill();
      double confidence = span.probability() * link.get().similarity();
      return new Candidate(
          skill.id(),
          skill.label(),
          skill.type(),
          Source.MODEL,
          req,
          min,
          confidence,
          start,
          end,
          s.text(),
          tokens);
    }
    SkillType kind =
        span.kind() == SkillSpan.Kind.KNOWLEDGE ? SkillType.KNOWLEDGE : SkillType.SKILL;
    return new Candidate(
        null, text, kind, Source.MODEL, req, min, span.probability(), start, end, s.text(), tokens);
  }

  /** A span wholly inside an occurrence of a denied phrase ("Self" of "Self-starter"). */
  private static boolean insideDenied(SkillSpan span, List<Match> matches) {
    for (Match m : matches) {
      if (m.denied() && m.first() <= span.start() && span.end() <= m.last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(SkillSpan span, List<Match> matches) {
    for (Match m : matches) {
      if (!m.denied() && span.start() < m.last() && m.first() < span.end()) {
        return true;
      }
    }
    return false;
  }
}
