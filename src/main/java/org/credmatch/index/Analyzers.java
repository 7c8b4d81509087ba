package org.credmatch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Builds the per-field index and query analyzers that {@code schema.json} describes. Lucene
 * analyzers are thread-safe, and so are the wrappers returned here.
 */
public final class Analyzers {

  private Analyzers() {}

  /** The analyzer used when documents are indexed. */
  public static Analyzer forIndexing(IndexSchema schema, ConfigFiles config) {
    return perField(schema, config, false);
  }

  /** The analyzer used to parse query text (with query-time synonyms). */
  public static Analyzer forQuerying(IndexSchema schema, ConfigFiles config) {
    return perField(schema, config, true);
  }

  private static Analyzer perField(IndexSchema schema, ConfigFiles config, boolean query) {
    Map<String, Analyzer> built = new HashMap<>();
    Map<String, Analyzer> perField = new HashMap<>();
    schema
        .fields()
        .forEach(
            (field, spec) -> {
              if (spec.kind() == IndexSchema.Kind.TEXT) {
                String name = query ? spec.queryAnalyzerOrDefault() : spec.analyzer();
                perField.put(
                    field,
                    built.computeIfAbsent(name, n -> build(n, schema.analyzers().get(n), config)));
              }
            });
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  private static Analyzer build(String name, IndexSchema.AnalyzerSpec spec, ConfigFiles config) {
    try {
      var builder =
          CustomAnalyzer.builder(config)
              .withTokenizer(spec.tokenizer().name(), new HashMap<>(spec.tokenizer().params()));
      for (IndexSchema.Component filter : spec.filters()) {
        builder.addTokenFilter(filter.name(), new HashMap<>(filter.params()));
      }
      return builder.build();
    } catch (IOException e) {
      throw new ConfigException("analyzer '" + name + "': " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("analyzer '" + name + "': " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new ConfigException("analyzer '" + name + "': " + e.getCause().getMessage(), e);
    }
  }
}
