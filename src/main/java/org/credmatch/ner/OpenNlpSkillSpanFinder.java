package org.credmatch.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * {@link SkillSpanFinder} backed by the trained OpenNLP model {@code models/ner/skill-ner.bin}.
 *
 * <p>Decoding is OpenNLP's beam search with one addition: the score of the "other" outcome (no
 * span) is multiplied by the model's outside scale (manifest property {@value
 * #OUTSIDE_SCALE_PROPERTY}, written at training time from {@code OutsideScale} in {@code
 * training.properties}; 1 when absent), which trades precision for recall. See {@link
 * OutsideScaledModel}.
 *
 * <p>Thread-safe: the decoder is not, so each thread gets its own. Every call treats its sentence
 * as a document of its own (no adaptive features), so a sentence's result never depends on what the
 * thread tagged before.
 */
public final class OpenNlpSkillSpanFinder implements SkillSpanFinder {

  /** Class-path location of the committed model (copied from {@code models/ner}). */
  public static final String DEFAULT_RESOURCE = "/models/ner/skill-ner.bin";

  /** Manifest property of a trained model holding its outside scale. */
  public static final String OUTSIDE_SCALE_PROPERTY = "OutsideScale";

  private final double outsideScale;
  private final ThreadLocal<SpanDecoder> decoders;

  /** A finder decoding with the model's own outside scale. */
  public OpenNlpSkillSpanFinder(TokenNameFinderModel model) {
    this(model, outsideScaleOf(model));
  }

  /** A finder decoding with the given outside scale, in (0, 1]; used to tune it. */
  public OpenNlpSkillSpanFinder(TokenNameFinderModel model, double outsideScale) {
    // The classifier's compiled weights are shared; each thread gets its own evaluator of them.
    var classifiers = SpanDecoder.evaluators(model);
    // Fails early on a bad model or scale.
    SpanDecoder first = new SpanDecoder(model, classifiers.get(), outsideScale);
    this.outsideScale = outsideScale;
    this.decoders =
        ThreadLocal.withInitial(() -> new SpanDecoder(model, classifiers.get(), outsideScale));
    decoders.set(first);
  }

  /** The outside scale stored in a model's manifest, 1 if none. */
  public static double outsideScaleOf(TokenNameFinderModel model) {
    String value = model.getManifestProperty(OUTSIDE_SCALE_PROPERTY);
    return value == null ? 1.0 : Double.parseDouble(value);
  }

  /** The factor applied to the "other" outcome's score when decoding. */
  public double outsideScale() {
    return outsideScale;
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
    Span[] spans = decoders.get().find(tokens.toArray(String[]::new));
    return Arrays.stream(spans)
        .map(span -> trimmed(span, tokens))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  /**
   * The span without punctuation-only tokens at its ends (the decoder sometimes carries a span over
   * the sentence's final full stop), or empty when nothing else is left.
   */
  private static java.util.Optional<SkillSpan> trimmed(Span span, List<String> tokens) {
    int start = span.getStart();
    int end = span.getEnd();
    while (start < end && punctuation(tokens.get(end - 1))) {
      end--;
    }
    while (start < end && punctuation(tokens.get(start))) {
      start++;
    }
    if (start == end) {
      return java.util.Optional.empty();
    }
    SkillSpan.Kind kind = SkillSpan.Kind.valueOf(span.getType());
    return java.util.Optional.of(new SkillSpan(start, end, kind, span.getProb()));
  }

  private static boolean punctuation(String token) {
    return token.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
