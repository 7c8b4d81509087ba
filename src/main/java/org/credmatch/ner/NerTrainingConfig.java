package org.credmatch.ner;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.TrainingParameters;

/**
 * How the skill-span model is trained, read from a folder holding {@code training.properties}
 * (OpenNLP training parameters plus {@code Codec}, {@code EmptySentenceStride}, {@code Bagging} and
 * {@code OutsideScale}) and {@code features.xml} (an OpenNLP feature generator descriptor).
 * Immutable.
 *
 * @param parameters OpenNLP training parameters ({@code Algorithm}, {@code Iterations}, {@code
 *     Cutoff}, {@code Threads}, ...), sorted by key
 * @param codec the span-to-outcome codec: {@code BIO} or {@code BILOU}
 * @param emptySentenceStride keep one in this many training sentences that have no span (1 keeps
 *     all): two thirds of SkillSpan's sentences have none, and thinning them trades precision for
 *     recall
 * @param bagging number of perceptrons trained on differently presented training data and merged
 *     into one by averaging their weights (1: a single model); see {@link SkillSpanTrainer}
 * @param outsideScale factor applied to the "other" outcome's score when decoding, in (0, 1] (1:
 *     plain OpenNLP decoding); stored in the model's manifest
 * @param featureXml the feature generator descriptor's bytes
 * @param wordClusters word cluster tables named by the descriptor ({@code <str
 *     name="dict">NAME</str>}), by name: the bytes of the file of that name in the config folder
 */
public record NerTrainingConfig(
    Map<String, String> parameters,
    String codec,
    int emptySentenceStride,
    int bagging,
    double outsideScale,
    byte[] featureXml,
    Map<String, byte[]> wordClusters) {

  /** Name of the parameters file inside a config folder. */
  public static final String PARAMETERS_FILE = "training.properties";

  /** Name of the feature generator descriptor inside a config folder. */
  public static final String FEATURES_FILE = "features.xml";

  private static final String CODEC_KEY = "Codec";

  private static final String STRIDE_KEY = "EmptySentenceStride";

  private static final String BAGGING_KEY = "Bagging";

  private static final String OUTSIDE_SCALE_KEY = "OutsideScale";

  private static final Pattern DICTIONARY = Pattern.compile("<str name=\"dict\">([^<]+)</str>");

  public NerTrainingConfig {
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    featureXml = featureXml.clone();
    wordClusters = java.util.Collections.unmodifiableMap(new TreeMap<>(wordClusters));
    if (!codec.equals("BIO") && !codec.equals("BILOU")) {
      throw new IllegalArgumentException("Codec must be BIO or BILOU, not " + codec);
    }
    if (emptySentenceStride < 1) {
      throw new IllegalArgumentException(STRIDE_KEY + " must be at least 1");
    }
    if (bagging < 1) {
      throw new IllegalArgumentException(BAGGING_KEY + " must be at least 1");
    }
    if (bagging > 1 && !"PERCEPTRON".equals(parameters.get("Algorithm"))) {
      throw new IllegalArgumentException(BAGGING_KEY + " needs Algorithm=PERCEPTRON");
    }
    if (!(outsideScale > 0 && outsideScale <= 1)) {
      throw new IllegalArgumentException(OUTSIDE_SCALE_KEY + " must be in (0, 1]");
    }
  }

  /** Reads {@value #PARAMETERS_FILE} and {@value #FEATURES_FILE} from {@code folder}. */
  public static NerTrainingConfig load(Path folder) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(folder.resolve(PARAMETERS_FILE))) {
      properties.load(in);
    }
    Map<String, String> parameters = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> parameters.put(k, properties.getProperty(k)));
    String codec = parameters.getOrDefault(CODEC_KEY, "BIO");
    int stride = Integer.parseInt(parameters.getOrDefault(STRIDE_KEY, "1"));
    int bagging = Integer.parseInt(parameters.getOrDefault(BAGGING_KEY, "1"));
    double outsideScale = Double.parseDouble(parameters.getOrDefault(OUTSIDE_SCALE_KEY, "1"));
    parameters.remove(CODEC_KEY);
    parameters.remove(STRIDE_KEY);
    parameters.remove(BAGGING_KEY);
    parameters.remove(OUTSIDE_SCALE_KEY);
    byte[] features = Files.readAllBytes(folder.resolve(FEATURES_FILE));
    return new NerTrainingConfig(
        parameters, codec, stride, bagging, outsideScale, features, wordClusters(folder, features));
  }

  private static Map<String, byte[]> wordClusters(Path folder, byte[] features) throws IOException {
    Map<String, byte[]> tables = new TreeMap<>();
    Matcher m = DICTIONARY.matcher(new String(features, StandardCharsets.UTF_8));
    while (m.find()) {
      tables.put(m.group(1), Files.readAllBytes(folder.resolve(m.group(1))));
    }
    return tables;
  }

  @Override
  public byte[] featureXml() {
    return featureXml.clone();
  }

  /** OpenNLP's view of {@link #parameters}. */
  public TrainingParameters trainingParameters() {
    TrainingParameters params = new TrainingParameters();
    parameters.forEach(params::put);
    return params;
  }

  /** The feature descriptor as text, for reports. */
  public String featureXmlText() {
    return new String(featureXml, StandardCharsets.UTF_8);
  }
}
