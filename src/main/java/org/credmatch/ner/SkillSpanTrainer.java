package org.credmatch.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;

/**
 * Trains the OpenNLP {@code TokenNameFinder} behind {@link OpenNlpSkillSpanFinder}: one model with
 * two name types, SKILL and KNOWLEDGE. Stateless apart from its immutable config; thread-safe.
 *
 * <p>SkillSpan annotates the two layers independently, so a KNOWLEDGE span may lie inside a SKILL
 * span ("developing <u>Java</u> based services"). A name finder tags each token once, so overlaps
 * are resolved before training by one rule: <b>the longer span is kept; on equal length, SKILL
 * wins</b>. In the SkillSpan training data every overlap but two is a KNOWLEDGE span nested in a
 * SKILL span, so the rule keeps the outer SKILL span.
 */
public final class SkillSpanTrainer {

  /** Resource key of the POS model in the feature descriptor and inside the trained model. */
  public static final String POS_RESOURCE = "en-pos.bin";

  private static final String POS_MODEL_CLASSPATH = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final NerTrainingConfig config;

  public SkillSpanTrainer(NerTrainingConfig config) {
    this.config = config;
  }

  /**
   * Trains on {@code sentences} and returns the serialized model, byte-for-byte reproducible.
   *
   * @param progress receives one line per training stage
   */
  public byte[] train(List<AnnotatedSentence> sentences, Consumer<String> progress)
      throws IOException {
    List<NameSample> samples =
        thinEmpty(sentences).stream().map(SkillSpanTrainer::toSample).toList();
    progress.accept(
        ("training SKILL+KNOWLEDGE on %d of %d sentences (one in %d without spans), %s, codec %s,"
                + " outside scale %s")
            .formatted(
                samples.size(),
                sentences.size(),
                config.emptySentenceStride(),
                config.parameters(),
                config.codec(),
                config.outsideScale()));
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(config.featureXml(), resources(), codec());
    TokenNameFinderModel model =
        NameFinderME.train(
            "en",
            null,
            ObjectStreamUtils.createObjectStream(samples),
            config.trainingParameters(),
            factory);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.serialize(out);
    String scale = Double.toString(config.outsideScale());
    return StableZip.normalize(
        out.toByteArray(), Map.of(OpenNlpSkillSpanFinder.OUTSIDE_SCALE_PROPERTY, scale));
  }

  /** All sentences with a span, and one in {@code emptySentenceStride} of those without. */
  List<AnnotatedSentence> thinEmpty(List<AnnotatedSentence> sentences) {
    List<AnnotatedSentence> kept = new ArrayList<>();
    int empty = 0;
    for (AnnotatedSentence sentence : sentences) {
      if (!sentence.spans().isEmpty() || empty++ % config.emptySentenceStride() == 0) {
        kept.add(sentence);
      }
    }
    return kept;
  }

  private SequenceCodec<String> codec() {
    return config.codec().equals("BILOU") ? new BilouCodec() : new BioCodec();
  }

  private Map<String, Object> resources() throws IOException {
    Map<String, Object> resources = new TreeMap<>();
    for (Map.Entry<String, byte[]> table : config.wordClusters().entrySet()) {
      resources.put(table.getKey(), new ClusterTable(table.getValue()));
    }
    if (config.featureXmlText().contains(POS_RESOURCE)) {
      resources.put(POS_RESOURCE, posModel());
    }
    return resources;
  }

  private static POSModel posModel() throws IOException {
    try (InputStream in = SkillSpanTrainer.class.getResourceAsStream(POS_MODEL_CLASSPATH)) {
      if (in == null) {
        throw new IOException("POS model " + POS_MODEL_CLASSPATH + " is not on the class path");
      }
      return new POSModel(in);
    }
  }

  /** The OpenNLP sample of a sentence, overlaps resolved by the class's rule. */
  static NameSample toSample(AnnotatedSentence sentence) {
    Span[] names =
        resolveOverlaps(sentence.spans()).stream()
            .map(s -> new Span(s.start(), s.end(), s.kind().name()))
            .toArray(Span[]::new);
    return new NameSample(sentence.tokens().toArray(String[]::new), names, false);
  }

  /** Keeps non-overlapping spans: longer first, SKILL before KNOWLEDGE on a tie; token order. */
  public static List<SkillSpan> resolveOverlaps(List<SkillSpan> spans) {
    List<SkillSpan> byPriority = new ArrayList<>(spans);
    byPriority.sort(
        Comparator.comparingInt((SkillSpan s) -> s.start() - s.end())
            .thenComparing(SkillSpan::kind)
            .thenComparingInt(SkillSpan::start));
    List<SkillSpan> kept = new ArrayList<>();
    for (SkillSpan candidate : byPriority) {
      if (kept.stream()
          .noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(SkillSpan::start));
    return kept;
  }
}
