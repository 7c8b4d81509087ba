package org.credmatch.ner;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feature descriptor factory of {@link CharNgramFeatureGenerator}: {@code <generator
 * class="org.credmatch.ner.CharNgramFeatureGeneratorFactory">} with {@code <int name="min">} and
 * {@code <int name="max">}, as OpenNLP's {@code CharacterNgramFeatureGeneratorFactory}. OpenNLP
 * fills its arguments before calling {@link #create()}; not thread-safe.
 */
public final class CharNgramFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return new CharNgramFeatureGenerator(getInt("min"), getInt("max"));
  }
}
