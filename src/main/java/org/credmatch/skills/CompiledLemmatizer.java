package org.credmatch.skills;

import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.DefaultLemmatizerSequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.credmatch.skills.Maxent.Entry;

/**
 * OpenNLP's statistical lemmatizer for the shipped English model, for one word given its tag: the
 * lemma {@link LemmatizerME#lemmatize(String[], String[])} gives that word alone, without its beam
 * search sorting the model's hundreds of edit-script probabilities.
 *
 * <p>The features are {@link DefaultLemmatizerContextGenerator}'s for a one-word sentence (the
 * word, its tag, the sentence start alone and with each, suffixes and prefixes, hyphen, capital and
 * digit flags; its unset first suffix and prefix slots are the features "suf=null" and "pre=null"
 * there too). The evaluation is {@link Maxent}'s copy of OpenNLP's, the beam's threshold is found
 * without sorting, and the kept outcomes go through a priority queue in OpenNLP's order, so the
 * edit script chosen is OpenNLP's, ties included ({@code CompiledLemmatizerTest} checks it).
 *
 * <p>The constructor refuses a model with another context generator, sequence validator or model
 * kind. Thread-safe: everything is read only after construction.
 */
final class CompiledLemmatizer {

  private static final Pattern HAS_CAP = Pattern.compile("[A-Z]");
  private static final Pattern HAS_NUM = Pattern.compile("[0-9]");
  private static final int PREFIX_LENGTH = 5;
  private static final int SUFFIX_LENGTH = 7;

  private final Map<String, Context> rows;
  private final String[] outcomes;
  private final double uniform;
  private final int beamSize;
  private final Context sentenceStart;
  private final Context hyphen;
  private final Context capital;
  private final Context digit;

  /**
   * @param model OpenNLP's lemmatizer model with the default context generator and validator and a
   *     GIS maxent model
   * @throws IllegalArgumentException if the model is not one this class reproduces exactly
   */
  CompiledLemmatizer(LemmatizerModel model) {
    var factory = model.getFactory();
    if (factory.getContextGenerator().getClass() != DefaultLemmatizerContextGenerator.class
        || factory.getSequenceValidator().getClass() != DefaultLemmatizerSequenceValidator.class) {
      throw new IllegalArgumentException("unsupported lemmatizer context generator or validator");
    }
    if (!(model.getArtifact("lemmatizer.model") instanceof GISModel gis)
        || !(model.getLemmatizerSequenceModel() instanceof BeamSearch)) {
      throw new IllegalArgumentException("the lemmatizer model is not a GIS maxent model");
    }
    rows = Maxent.rows(gis);
    outcomes = Maxent.outcomes(gis);
    uniform = Maxent.uniform(outcomes.length);
    beamSize = Maxent.beamSize(model, LemmatizerME.DEFAULT_BEAM_SIZE);
    sentenceStart = rows.get("p_1=bos");
    hyphen = rows.get("h");
    capital = rows.get("c");
    digit = rows.get("d");
  }

  /** The lemma of {@code word} tagged {@code tag}, as OpenNLP's lemmatizer gives it alone. */
  String lemma(String word, String tag) {
    double[] probs = new double[outcomes.length];
    java.util.Arrays.fill(probs, uniform);
    String w0 = "w0=" + word;
    String t0 = "t0=" + tag;
    Maxent.add(rows.get(w0), probs);
    Maxent.add(rows.get(t0), probs);
    Maxent.add(sentenceStart, probs);
    Maxent.add(rows.get("p_1=bos" + t0), probs);
    Maxent.add(rows.get("p_1=bos" + w0), probs);
    Maxent.add(rows.get("suf=null"), probs);
    for (int li = 1; li < SUFFIX_LENGTH; li++) {
      Maxent.add(rows.get("suf=" + word.substring(Math.max(word.length() - li - 1, 0))), probs);
    }
    Maxent.add(rows.get("pre=null"), probs);
    for (int li = 1; li < PREFIX_LENGTH; li++) {
      Maxent.add(rows.get("pre=" + word.substring(0, Math.min(li + 1, word.length()))), probs);
    }
    if (word.indexOf('-') != -1) {
      Maxent.add(hyphen, probs);
    }
    if (HAS_CAP.matcher(word).find()) {
      Maxent.add(capital, probs);
    }
    if (HAS_NUM.matcher(word).find()) {
      Maxent.add(digit, probs);
    }
    Maxent.normalise(probs);
    double min = Maxent.beamThreshold(probs, beamSize);
    PriorityQueue<Entry> next = new PriorityQueue<>(beamSize);
    Entry.advance(next, Entry.root(), probs, min);
    if (next.isEmpty()) {
      throw new IllegalStateException("no lemma outcome for " + word);
    }
    String ses = outcomes[next.peek().tag];
    return LemmatizerME.decodeLemmas(new String[] {word}, new String[] {ses})[0];
  }
}
