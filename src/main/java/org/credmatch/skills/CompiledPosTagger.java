package org.credmatch.skills;

import static org.credmatch.skills.Maxent.add;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.Version;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.credmatch.skills.Maxent.Entry;

/**
 * OpenNLP's POS tagger for the shipped English UD model, giving exactly the tags {@link
 * POSTaggerME#tag(String[])} gives, without building a feature string per token and beam entry.
 *
 * <p>The model's feature generator ({@code generator.featuregen}: outcome prior, four suffixes and
 * prefixes, the lower-cased words in a window of two, sentence-begin flags in that window, the
 * token class alone and with the lower-cased word, and the previous one and two tags) draws every
 * feature but the tag ones from single words, so those are looked up in the model once per word and
 * cached as the model's parameter rows; the tag features are looked up once per tag and tag pair.
 * OpenNLP wraps that generator in a per-position cache ({@code cache="true"}), so every beam entry
 * at a position sees the features the first (best) entry computed, tags included, and one maxent
 * evaluation serves the whole position. The evaluation adds the same parameters in the same order
 * and normalises with the same {@link StrictMath} calls as {@link GISModel}, and the beam keeps
 * OpenNLP's priority queue, score and tie order, so the probabilities and tags are bit for bit
 * OpenNLP's ({@code CompiledPosTaggerTest} checks it against {@link POSTaggerME} on committed ads
 * and random text).
 *
 * <p>The constructor refuses a model whose feature generator, tag dictionary, model kind or tag
 * format or OpenNLP version (before 1.8 OpenNLP ignores the descriptor) differ from what this class
 * reproduces. Thread-safe: the model rows are read only and the word cache is a concurrent map of
 * about {@code cacheSize} words (concurrent callers may each add one past the bound).
 */
final class CompiledPosTagger {

  /** The feature generator this class reproduces, comments and white space removed. */
  private static final String GENERATOR =
      "<featureGenerators cache=\"true\" name=\"posTagger\">"
          + "<generator class=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>"
          + "<generator class=\"opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory\"/>"
          + "<generator class=\"opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory\"/>"
          + "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
          + "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>"
          + "<generator class=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/>"
          + "</generator>"
          + "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
          + "<int name=\"prevLength\">2</int><int name=\"nextLength\">2</int>"
          + "<generator class=\"opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory\">"
          + "<bool name=\"begin\">true</bool><bool name=\"end\">false</bool>"
          + "</generator></generator>"
          + "<generator class=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
          + "<generator class=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/>"
          + "</featureGenerators>";

  /** OpenNLP's suffix and prefix generators' default lengths. */
  private static final int AFFIXES = 4;

  private final Map<String, Context> rows;
  private final String[] tags;
  private final int beamSize;
  private final double uniform;
  private final Context outcomePrior;
  private final Context[] sentenceBegin;
  private final Context[] previousTag;
  private final Context[][] previousTags;
  private final Map<String, Word> words = new ConcurrentHashMap<>();
  private final int cacheSize;

  /**
   * The model rows of one word's features: its suffixes, prefixes and lower-cased form, that form
   * at the window's four other offsets, and its token class; {@code null} where the model never saw
   * the feature.
   */
  private record Word(
      Context[] own, Context p1, Context p2, Context n1, Context n2, Context kind, Context both) {}

  /**
   * @param model OpenNLP's POS model with the feature generator above, no tag dictionary and a GIS
   *     maxent model with UD tags
   * @param cacheSize at most this many words' features are kept
   * @throws IllegalArgumentException if the model is not one this class reproduces exactly
   */
  CompiledPosTagger(POSModel model, int cacheSize) {
    String generator = normalised(model.<byte[]>getArtifact("generator.featuregen"));
    if (!GENERATOR.equals(generator)) {
      throw new IllegalArgumentException("unsupported POS feature generator: " + generator);
    }
    Version version = Version.parse(model.getManifestProperty("OpenNLP-Version"));
    if (version.getMajor() == 1 && version.getMinor() < 8) {
      throw new IllegalArgumentException("POS models before OpenNLP 1.8 are not supported");
    }
    if (model.getFactory().getTagDictionary() != null) {
      throw new IllegalArgumentException("POS models with a tag dictionary are not supported");
    }
    if (!(model.getArtifact("pos.model") instanceof GISModel gis)) {
      throw new IllegalArgumentException("the POS model is not a GIS maxent model");
    }
    rows = Maxent.rows(gis);
    tags = Maxent.outcomes(gis);
    if (POSTagFormatMapper.guessFormat(model) != POSTagFormat.UD) {
      throw new IllegalArgumentException("the POS model's tags are not universal dependencies");
    }
    beamSize = Maxent.beamSize(model, POSTaggerME.DEFAULT_BEAM_SIZE);
    uniform = Maxent.uniform(tags.length);
    outcomePrior = rows.get("def");
    sentenceBegin =
        new Context[] {rows.get("S=begin"), rows.get("p1S=begin"), rows.get("p2S=begin")};
    previousTag = new Context[tags.length];
    previousTags = new Context[tags.length][tags.length];
    for (int p = 0; p < tags.length; p++) {
      previousTag[p] = rows.get("t=" + tags[p]);
      for (int pp = 0; pp < tags.length; pp++) {
        previousTags[pp][p] = rows.get("t2=" + tags[pp] + "," + tags[p]);
      }
    }
    this.cacheSize = cacheSize;
  }

  private static String normalised(byte[] descriptor) {
    String xml = descriptor == null ? "" : new String(descriptor, StandardCharsets.UTF_8);
    return xml.replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("(?s)<\\?xml.*?\\?>", "")
        .replaceAll(">\\s+", ">")
        .replaceAll("\\s+<", "<")
        .strip();
  }

  /** The UD tags of {@code tokens}, as {@link POSTaggerME#tag(String[])} gives them. */
  String[] tag(String[] tokens) {
    Word[] w = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      w[i] = word(tokens[i]);
    }
    PriorityQueue<Entry> prev = new PriorityQueue<>(beamSize);
    PriorityQueue<Entry> next = new PriorityQueue<>(beamSize);
    prev.add(Entry.root());
    double[] scores = new double[tags.length];
    for (int i = 0; i < tokens.length; i++) {
      int size = Math.min(beamSize, prev.size());
      double min = 0;
      for (int sc = 0; !prev.isEmpty() && sc < size; sc++) {
        Entry top = prev.remove();
        if (sc == 0) {
          evaluate(w, i, top, scores);
          min = Maxent.beamThreshold(scores, beamSize);
        }
        Entry.advance(next, top, scores, min);
      }
      prev.clear();
      PriorityQueue<Entry> swap = prev;
      prev = next;
      next = swap;
    }
    String[] out = new String[tokens.length];
    Entry best = prev.peek();
    if (best == null) {
      // OpenNLP's beam search has no sequence left either (every score under its floor)
      throw new IllegalStateException("no POS tag sequence for a sentence of " + tokens.length);
    }
    for (Entry e = best; e != null && e.tag >= 0; e = e.parent) {
      out[e.length - 1] = tags[e.tag];
    }
    return out;
  }

  /** The model's distribution over tags at position {@code i} after {@code top}'s tags. */
  private void evaluate(Word[] w, int i, Entry top, double[] probs) {
    Arrays.fill(probs, uniform);
    add(outcomePrior, probs);
    Word cur = w[i];
    for (Context c : cur.own) {
      add(c, probs);
    }
    if (i >= 1) {
      add(w[i - 1].p1, probs);
    }
    if (i >= 2) {
      add(w[i - 2].p2, probs);
    }
    if (i + 1 < w.length) {
      add(w[i + 1].n1, probs);
    }
    if (i + 2 < w.length) {
      add(w[i + 2].n2, probs);
    }
    if (i <= 2) {
      add(sentenceBegin[i], probs);
    }
    add(cur.kind, probs);
    add(cur.both, probs);
    if (i >= 1) {
      add(previousTag[top.tag], probs);
      if (i >= 2) {
        add(previousTags[top.parent.tag][top.tag], probs);
      }
    }
    Maxent.normalise(probs);
  }

  private Word word(String token) {
    Word cached = words.get(token);
    if (cached != null) {
      return cached;
    }
    int affixes = Math.min(AFFIXES, token.length());
    Context[] own = new Context[2 * affixes + 1];
    for (int k = 0; k < affixes; k++) {
      own[k] = rows.get("suf=" + token.substring(Math.max(token.length() - k - 1, 0)));
    }
    for (int k = 0; k < affixes; k++) {
      own[affixes + k] = rows.get("pre=" + token.substring(0, Math.min(k + 1, token.length())));
    }
    String lower = StringUtil.toLowerCase(token);
    String w = "w=" + lower;
    own[2 * affixes] = rows.get(w);
    String kind = FeatureGeneratorUtil.tokenFeature(token);
    Word word =
        new Word(
            own,
            rows.get("p1" + w),
            rows.get("p2" + w),
            rows.get("n1" + w),
            rows.get("n2" + w),
            rows.get("wc=" + kind),
            rows.get("w&c=" + lower + "," + kind));
    if (words.size() < cacheSize) {
      words.put(token, word);
    }
    return word;
  }
}
