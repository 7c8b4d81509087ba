package org.credmatch.ner;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import opennlp.tools.util.TrainingParameters;

/**
 * How the skill-span model is trained, read from a folder holding {@code training.properties}
 * (OpenNLP training parameters plus {@code Codec} and {@code EmptySentenceStride}) and {@code
 * features.xml} (an OpenNLP feature generator descriptor). Immutable.
 *
 * @param parameters OpenNLP training parameters ({@code Algorithm}, {@code Iterations}, {@code
 *     Cutoff}, {@code Threads}, ...), sorted by key
 * @param codec the span-to-outcome codec: {@code BIO} or {@code BILOU}
 * @param emptySentenceStride keep one in this many training sentences that have no span (1 keeps
 *     all): two thirds of SkillSpan's sentences have none, and thinning them trades precision for
 *     recall
 * @param featureXml the feature generator descriptor's bytes
 */
public record NerTrainingConfig(
    Map<String, String> parameters, String codec, int emptySentenceStride, byte[] featureXml) {

  /** Name of the parameters file inside a config folder. */
  public static final String PARAMETERS_FILE = "training.properties";

  /** Name of the feature generator descriptor inside a config folder. */
  public static final String FEATURES_FILE = "features.xml";

  private static final String CODEC_KEY = "Codec";

  private static final String STRIDE_KEY = "EmptySentenceStride";

  public NerTrainingConfig {
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    featureXml = featureXml.clone();
    if (!codec.equals("BIO") && !codec.equals("BILOU")) {
      throw new IllegalArgumentException("Codec must be BIO or BILOU, not " + codec);
    }
    if (emptySentenceStride < 1) {
      throw new IllegalArgumentException(STRIDE_KEY + " must be at least 1");
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
    parameters.remove(CODEC_KEY);
    parameters.remove(STRIDE_KEY);
    return new NerTrainingConfig(
        parameters, codec, stride, Files.readAllBytes(folder.resolve(FEATURES_FILE)));
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
