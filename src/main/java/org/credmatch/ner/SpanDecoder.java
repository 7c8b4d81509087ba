package org.credmatch.ner;

import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Beam-search decoding of a trained name finder model, as OpenNLP's {@code NameFinderME} does it
 * (same context generator, codec validity and beam size), but over an {@link OutsideScaledModel} so
 * that the "other" outcome can be penalised. With a scale of 1 it gives {@code NameFinderME}'s
 * spans. No adaptive (document-level) features are kept: every sentence is decoded on its own. A
 * perceptron is evaluated through {@link CompiledPerceptron}, a compact copy of its weights that
 * sums a position's token features once for all the beam's hypotheses (same scores, fewer and
 * cheaper look-ups).
 *
 * <p>Not thread-safe (the context generator caches features and the beam search holds buffers): use
 * one instance per thread.
 */
final class SpanDecoder {

  /** Artifact of the trained classifier inside an OpenNLP name finder model. */
  static final String CLASSIFIER_ENTRY = "nameFinder.model";

  private static final String BEAM_SIZE_PROPERTY = "BeamSize";

  private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][0];

  private final NameContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final SequenceCodec<String> codec;
  private final BeamSearch search;

  /**
   * A decoder of {@code model} that scores tokens with {@code classifier}, the model's classifier
   * or a per-thread evaluator of it ({@link #evaluators}).
   */
  SpanDecoder(TokenNameFinderModel model, MaxentModel classifier, double outsideScale) {
    TokenNameFinderFactory factory = model.getFactory();
    this.codec = factory.createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.contexts = factory.createContextGenerator();
    String beamSize = model.getManifestProperty(BEAM_SIZE_PROPERTY);
    int beam = beamSize == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
    this.search = new BeamSearch(beam, new OutsideScaledModel(classifier, outsideScale));
  }

  /**
   * Per-thread evaluators of the model's classifier: views of one {@link CompiledPerceptron} for a
   * perceptron, else the classifier itself.
   */
  static java.util.function.Supplier<MaxentModel> evaluators(TokenNameFinderModel model) {
    MaxentModel classifier = model.getArtifact(CLASSIFIER_ENTRY);
    if (classifier == null) {
      throw new IllegalArgumentException("not a classifier-based name finder model");
    }
    return CompiledPerceptron.evaluators(classifier);
  }

  /** Spans of one sentence, each with the mean outcome score of its tokens as probability. */
  Span[] find(String[] tokens) {
    Sequence best = search.bestSequence(tokens, NO_ADDITIONAL_CONTEXT, contexts, validator);
    List<String> outcomes = best.getOutcomes();
    double[] probs = best.getProbs();
    Span[] spans = codec.decode(outcomes);
    for (int i = 0; i < spans.length; i++) {
      double sum = 0;
      for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
        sum += probs[t];
      }
      spans[i] = new Span(spans[i], sum / spans[i].length());
    }
    return spans;
  }
}
