package org.credmatch.eval.ranking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A whole job posting rebuilt from SkillSpan's sentence-per-line JSON: sentences grouped by
 * (source, idx), tokens joined by spaces, one sentence a line. Immutable.
 *
 * @param key "source-idx", e.g. "tech-12"
 * @param text the posting text
 */
public record JobPosting(String key, String text) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * SkillSpan's anonymisation placeholders ({@code <ORGANIZATION>}, {@code <LOCATION>}...). A real
   * ad holds a name there, which matches nothing in a catalog; the placeholder's word would match
   * every program about organisations or locations, so it is dropped.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("<[A-Z]+>");

  /** Reads every posting of a {@code postings_*.json} file, ordered by source then idx. */
  public static List<JobPosting> read(Path file) throws IOException {
    Map<String, Map<Integer, StringBuilder>> bySource = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          add(bySource, JSON.readTree(line));
        }
      }
    }
    List<JobPosting> out = new ArrayList<>();
    bySource.forEach(
        (source, postings) ->
            postings.forEach(
                (idx, text) -> out.add(new JobPosting(source + "-" + idx, text.toString()))));
    return out;
  }

  private static void add(Map<String, Map<Integer, StringBuilder>> bySource, JsonNode sentence) {
    StringBuilder text =
        bySource
            .computeIfAbsent(sentence.get("source").asText(), s -> new TreeMap<>())
            .computeIfAbsent(sentence.get("idx").asInt(), i -> new StringBuilder());
    List<String> tokens = new ArrayList<>();
    for (JsonNode token : sentence.get("tokens")) {
      if (!PLACEHOLDER.matcher(token.asText()).matches()) {
        tokens.add(token.asText());
      }
    }
    text.append(String.join(" ", tokens)).append('\n');
  }
}
