package org.credmatch.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * {@link SkillSpanFinder} backed by the trained OpenNLP model {@code models/ner/skill-ner.bin}.
 *
 * <p>Thread-safe: OpenNLP's {@code NameFinderME} is not, so each thread gets its own through {@link
 * ThreadSafeNameFinderME}. Every call treats its sentence as a document of its own and clears the
 * adaptive feature data afterwards, so a sentence's result never depends on what the thread tagged
 * before.
 */
public final class OpenNlpSkillSpanFinder implements SkillSpanFinder {

  /** Class-path location of the committed model (copied from {@code models/ner}). */
  public static final String DEFAULT_RESOURCE = "/models/ner/skill-ner.bin";

  private final ThreadSafeNameFinderME finder;

  public OpenNlpSkillSpanFinder(TokenNameFinderModel model) {
    this.finder = new ThreadSafeNameFinderME(model);
  }

  /** Loads the model shipped inside the jar. */
  public static OpenNlpSkillSpanFinder loadDefault() {
    try (InputStream in = OpenNlpSkillSpanFinder.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "skill-span model " + DEFAULT_RESOURCE + " is missing; run 'credmatch train ner'");
      }
      return new OpenNlpSkillSpanFinder(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 of the model shipped inside the jar, to tie reported figures to it. */
  public static String defaultModelSha256() throws IOException {
    try (InputStream in = OpenNlpSkillSpanFinder.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IOException("skill-span model " + DEFAULT_RESOURCE + " is missing");
      }
      return DataFile.sha256(in);
    }
  }

  /** Loads a model file. */
  public static OpenNlpSkillSpanFinder load(Path model) throws IOException {
    try (InputStream in = Files.newInputStream(model)) {
      return new OpenNlpSkillSpanFinder(new TokenNameFinderModel(in));
    }
  }

  @Override
  public List<SkillSpan> find(List<String> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    try {
      Span[] spans = finder.find(tokens.toArray(String[]::new));
      return Arrays.stream(spans).map(OpenNlpSkillSpanFinder::toSkillSpan).toList();
    } finally {
      finder.clearAdaptiveData();
    }
  }

  private static SkillSpan toSkillSpan(Span span) {
    SkillSpan.Kind kind = SkillSpan.Kind.valueOf(span.getType());
    return new SkillSpan(span.getStart(), span.getEnd(), kind, span.getProb());
  }
}
