package org.credmatch.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index schema read from {@code index-config/schema.json}: analyzers and fields. Immutable.
 *
 * @param analyzers analyzer chains by name
 * @param fields field definitions by field name
 */
@JsonIgnoreProperties(ignoreUnknown = false, value = "_comment")
public record IndexSchema(Map<String, AnalyzerSpec> analyzers, Map<String, FieldSpec> fields) {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public IndexSchema {
    analyzers = Map.copyOf(analyzers);
    fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    validate(analyzers, fields);
  }

  /** Reads {@code schema.json}; a bad file fails with a message naming the problem. */
  public static IndexSchema load(ConfigFiles config) {
    try (InputStream in = config.openResource("schema.json")) {
      return JSON.readValue(in, IndexSchema.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(config.describe() + "/schema.json: " + e.getMessage(), e);
    }
  }

  private static void validate(Map<String, AnalyzerSpec> analyzers, Map<String, FieldSpec> fields) {
    fields.forEach(
        (name, spec) -> {
          if (spec.kind() == Kind.TEXT
              && (!analyzers.containsKey(spec.analyzer())
                  || !analyzers.containsKey(spec.queryAnalyzerOrDefault()))) {
            throw new IllegalArgumentException("field " + name + " names an unknown analyzer");
          }
        });
  }

  /** The fields marked as facets, in name order. */
  public List<String> facetFields() {
    return fields.entrySet().stream()
        .filter(e -> e.getValue().facet())
        .map(Map.Entry::getKey)
        .toList();
  }

  public FieldSpec field(String name) {
    FieldSpec spec = fields.get(name);
    if (spec == null) {
      throw new ConfigException("schema.json has no field '" + name + "'", null);
    }
    return spec;
  }

  /** How a field is indexed. */
  public enum Kind {
    @JsonProperty("keyword")
    KEYWORD,
    @JsonProperty("text")
    TEXT,
    @JsonProperty("double")
    DOUBLE
  }

  /**
   * One field.
   *
   * @param kind keyword (exact terms, doc values for facets and sorting), text (analyzed) or double
   *     (points and doc values for range filters)
   * @param analyzer index-time analyzer of a text field
   * @param queryAnalyzer query-time analyzer of a text field (defaults to {@code analyzer})
   * @param facet whether facet counts are offered on the field
   * @param sortable whether the field has sorted doc values for tie-breaking
   */
  public record FieldSpec(
      Kind kind, String analyzer, String queryAnalyzer, boolean facet, boolean sortable) {
    public String queryAnalyzerOrDefault() {
      return queryAnalyzer == null ? analyzer : queryAnalyzer;
    }
  }

  /**
   * A Lucene CustomAnalyzer chain.
   *
   * @param tokenizer the tokenizer by SPI name
   * @param filters token filters by SPI name, in order
   */
  public record AnalyzerSpec(Component tokenizer, List<Component> filters) {
    public AnalyzerSpec {
      filters = filters == null ? List.of() : List.copyOf(filters);
    }
  }

  /**
   * A tokenizer or filter with its parameters.
   *
   * @param name Lucene SPI name ("standard", "lowercase", "synonymGraph")
   * @param params factory parameters
   */
  public record Component(String name, Map<String, String> params) {
    public Component {
      params = params == null ? Map.of() : Map.copyOf(params);
    }
  }
}
