package org.credmatch.taxonomy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compiled skill taxonomy: skills by id, in id order. Immutable and thread-safe.
 *
 * <p>Stored as gzipped JSON lines, one {@link Skill} a line, sorted by id so that a rebuild from
 * the same sources gives the same bytes.
 */
public final class Taxonomy {

  /** Class-path location of the committed taxonomy (copied from {@code models/taxonomy}). */
  public static final String DEFAULT_RESOURCE = "/models/taxonomy/taxonomy.jsonl.gz";

  private final Map<String, Skill> byId;
  private final Map<String, Skill> byLabel;

  /** Holds the object mapper, made on first write only (loading does not need it). */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();
  }

  public Taxonomy(List<Skill> skills) {
    Map<String, Skill> map = new LinkedHashMap<>();
    skills.stream()
        .sorted(Comparator.comparing(Skill::id))
        .forEach(
            s -> {
              if (map.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("duplicate skill id " + s.id());
              }
            });
    this.byId = java.util.Collections.unmodifiableMap(map);
    this.byLabel = indexLabels(map.values());
  }

  /**
   * Preferred labels win over alt labels; among equals, the smaller id wins (map is id-ordered).
   */
  private static Map<String, Skill> indexLabels(java.util.Collection<Skill> skills) {
    Map<String, Skill> labels = new java.util.HashMap<>();
    skills.forEach(s -> labels.putIfAbsent(normalize(s.label()), s));
    skills.forEach(s -> s.altLabels().forEach(a -> labels.putIfAbsent(normalize(a), s)));
    return java.util.Collections.unmodifiableMap(labels);
  }

  /**
   * The lookup key of a label: Unicode NFKC, lower case, runs of white space folded to one space,
   * leading and trailing punctuation other than {@code + # .} removed.
   */
  public static String normalize(String label) {
    return LabelKeys.normalize(label);
  }

  /**
   * The skill whose preferred or alternative label equals {@code label} after {@link #normalize}.
   */
  public Optional<Skill> findByLabel(String label) {
    return Optional.ofNullable(byLabel.get(normalize(label)));
  }

  /** Loads the taxonomy shipped inside the jar. */
  public static Taxonomy loadDefault() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "taxonomy resource "
                + DEFAULT_RESOURCE
                + " is missing; run 'credmatch taxonomy build'");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Taxonomy load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads gzipped JSON lines, one {@link Skill} a line, to the end of the stream. */
  public static Taxonomy read(InputStream gzipped) throws IOException {
    var reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8));
    return new Taxonomy(SkillJson.readAll(reader));
  }

  /** Writes gzipped JSON lines in id order; deterministic (no gzip timestamp). */
  public void write(OutputStream out) throws IOException {
    var gzip = new GZIPOutputStream(out);
    var writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8));
    for (Skill skill : byId.values()) {
      writer.write(Json.MAPPER.writeValueAsString(skill));
      writer.write('\n');
    }
    writer.flush();
    gzip.finish();
  }

  public Optional<Skill> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Skill> skills() {
    return List.copyOf(byId.values());
  }

  public int size() {
    return byId.size();
  }
}
