package org.credmatch.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
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
import opennlp.tools.util.model.ModelUtil;

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

  /** Manifest property of a bagged model: the number of perceptrons averaged. */
  public static final String BAGGING_PROPERTY = "Bagging";

  private static final String POS_MODEL_CLASSPATH = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final NerTrainingConfig config;

  public SkillSpanTrainer(NerTrainingConfig config) {
    this.config = config;
  }

  /**
   * Trains on {@code sentences} and returns the serialized model, byte-for-byte reproducible.
   *
   * <p>With {@code Bagging=K} above 1, K perceptrons are trained on differently presented training
   * data and merged into one by averaging their weights ({@link PerceptronAverage}): member {@code
   * k} keeps the sentences without spans at positions {@code k mod stride} of every {@code
   * EmptySentenceStride} (member 0 keeps the same ones as a single model), in the data's order for
   * {@code k < stride} and otherwise shuffled with seed {@code k / stride}. The merged model has
   * one model's features (their union) and tagging cost; the other entries of the archive (feature
   * descriptor, resources, manifest) are member 0's, plus the manifest entry {@value
   * #BAGGING_PROPERTY}.
   *
   * @param progress receives one line per training stage
   */
  public byte[] train(List<AnnotatedSentence> sentences, Consumer<String> progress)
      throws IOException {
    List<TokenNameFinderModel> members = new ArrayList<>();
    for (int k = 0; k < config.bagging(); k++) {
      List<NameSample> samples =
          member(sentences, k).stream().map(SkillSpanTrainer::toSample).toList();
      progress.accept(
          ("training SKILL+KNOWLEDGE on %d of %d sentences (one in %d without spans%s), %s, codec"
                  + " %s, outside scale %s")
              .formatted(
                  samples.size(),
                  sentences.size(),
                  config.emptySentenceStride(),
                  config.bagging() == 1 ? "" : memberLabel(k),
                  config.parameters(),
                  config.codec(),
                  config.outsideScale()));
      TokenNameFinderFactory factory =
          new TokenNameFinderFactory(config.featureXml(), resources(), codec());
      members.add(
          NameFinderME.train(
              "en",
              null,
              ObjectStreamUtils.createObjectStream(samples),
              config.trainingParameters(),
              factory));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    members.get(0).serialize(out);
    Map<String, String> manifest = new TreeMap<>();
    manifest.put(
        OpenNlpSkillSpanFinder.OUTSIDE_SCALE_PROPERTY, Double.toString(config.outsideScale()));
    Map<String, byte[]> replaced = Map.of();
    if (members.size() > 1) {
      manifest.put(BAGGING_PROPERTY, Integer.toString(members.size()));
      replaced = Map.of(SpanDecoder.CLASSIFIER_ENTRY, averagedClassifier(members, progress));
    }
    return StableZip.normalize(out.toByteArray(), manifest, replaced);
  }

  private String memberLabel(int k) {
    int stride = config.emptySentenceStride();
    return "; bagging member %d of %d: offset %d, %s"
        .formatted(
            k + 1,
            config.bagging(),
            k % stride,
            k < stride ? "data order" : "shuffled with seed " + k / stride);
  }

  /** The training sentences of bagging member {@code k} (member 0: those of a single model). */
  List<AnnotatedSentence> member(List<AnnotatedSentence> sentences, int k) {
    int stride = config.emptySentenceStride();
    List<AnnotatedSentence> kept = thinEmpty(sentences, k % stride);
    if (k >= stride) {
      Collections.shuffle(kept, new Random(k / stride));
    }
    return kept;
  }

  /** The members' perceptrons averaged, serialized as OpenNLP stores a name finder's classifier. */
  private static byte[] averagedClassifier(
      List<TokenNameFinderModel> members, Consumer<String> progress) throws IOException {
    List<PerceptronModel> perceptrons = new ArrayList<>();
    for (TokenNameFinderModel member : members) {
      if (!(member.getArtifact(SpanDecoder.CLASSIFIER_ENTRY) instanceof PerceptronModel p)) {
        throw new IllegalStateException("bagging needs perceptron members");
      }
      perceptrons.add(p);
    }
    PerceptronModel averaged = PerceptronAverage.average(perceptrons);
    Object[] data = averaged.getDataStructures();
    long weights =
        Arrays.stream((Context[]) data[0]).mapToLong(c -> c.getParameters().length).sum();
    progress.accept(
        "averaged %d perceptrons: %d features, %d weights"
            .formatted(perceptrons.size(), ((Map<?, ?>) data[1]).size(), weights));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelUtil.writeModel(averaged, out);
    return out.toByteArray();
  }

  /** All sentences with a span, and one in {@code emptySentenceStride} of those without. */
  List<AnnotatedSentence> thinEmpty(List<AnnotatedSentence> sentences) {
    return thinEmpty(sentences, 0);
  }

  /**
   * All sentences with a span, and those without whose rank among them is {@code offset} modulo
   * {@code emptySentenceStride}.
   */
  private List<AnnotatedSentence> thinEmpty(List<AnnotatedSentence> sentences, int offset) {
    List<AnnotatedSentence> kept = new ArrayList<>();
    int empty = 0;
    for (AnnotatedSentence sentence : sentences) {
      if (!sentence.spans().isEmpty() || empty++ % config.emptySentenceStride() == offset) {
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
