package org.credmatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.credmatch.skills.ExtractionConfig;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.SkillExtractors;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Single-threaded extraction throughput: postings per second and milliseconds per 1,000 tokens
 * (white-space separated words of the input), over the SkillSpan dev postings when given and a
 * committed 600-word ad. Run it pinned to one core (see docs/extraction.md):
 *
 * <pre>
 * taskset -c 0 java -cp ... org.credmatch.bench.ExtractionBenchmark [--span-model] [--taxonomy F] [postings.json]
 * </pre>
 *
 * <p>Not thread-safe; a command-line tool.
 */
public final class ExtractionBenchmark {

  /** The committed 600-word ad (written for this project). */
  public static final String AD_RESOURCE = "/skills/ad-600-words.md";

  /**
   * Figures of one run.
   *
   * @param label what was extracted
   * @param postings how many texts
   * @param tokens how many white-space separated words they have
   * @param millis CPU time of the extracting thread per round (robust to other load on the machine)
   * @param wallMillis wall time per round
   */
  public record Figures(String label, int postings, long tokens, double millis, double wallMillis) {
    public double postingsPerSecond() {
      return postings / (millis / 1000.0);
    }

    public double msPer1000Tokens() {
      return millis / (tokens / 1000.0);
    }

    public double msPerPosting() {
      return millis / postings;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-24s postings=%3d tokens=%6d  %7.1f postings/s  %6.2f ms/1000 tokens  %6.2f ms/posting"
              + " (CPU time; wall %.2f ms/posting)",
          label,
          postings,
          tokens,
          postingsPerSecond(),
          msPer1000Tokens(),
          msPerPosting(),
          wallMillis / postings);
    }
  }

  private ExtractionBenchmark() {}

  /**
   * Arguments: {@code [--span-model] [--taxonomy FILE] [postings.json]}; {@code --span-model} adds
   * the trained span model (the whole pipeline of {@code POST /api/v1/skills/extract}); without it
   * the taxonomy reading that ranking uses is measured.
   */
  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean spanModel = rest.remove("--span-model");
    boolean fromFile = rest.size() >= 2 && rest.get(0).equals("--taxonomy");
    Taxonomy taxonomy = fromFile ? Taxonomy.load(Path.of(rest.get(1))) : Taxonomy.loadDefault();
    rest = fromFile ? rest.subList(2, rest.size()) : rest;
    SkillExtractor extractor =
        SkillExtractors.create(
            taxonomy,
            ExtractionConfig.loadDefault(),
            spanModel ? org.credmatch.ner.OpenNlpSkillSpanFinder.loadDefault() : null);
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "taxonomy: %,d skills; span model: %s; one thread%n",
        taxonomy.size(),
        spanModel ? "yes" : "no");
    out.println(measure(extractor, "600-word ad", List.of(ad()), 300, 300).line());
    if (!rest.isEmpty()) {
      List<String> postings = skillSpanPostings(Path.of(rest.get(0)));
      out.println(measure(extractor, "SkillSpan dev postings", postings, 2, 5).line());
    }
  }

  /** Warms up, then times {@code rounds} passes over the texts; returns the mean pass. */
  public static Figures measure(
      SkillExtractor extractor, String label, List<String> texts, int warmup, int rounds) {
    for (int i = 0; i < warmup; i++) {
      texts.forEach(extractor::extract);
    }
    var threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      texts.forEach(extractor::extract);
    }
    double wall = (System.nanoTime() - start) / 1e6 / rounds;
    double millis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds;
    long tokens = texts.stream().mapToLong(ExtractionBenchmark::words).sum();
    return new Figures(label, texts.size(), tokens, millis, wall);
  }

  /** White-space separated words of a text. */
  static long words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).count();
  }

  public static String ad() throws IOException {
    try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(AD_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Rebuilds whole postings from SkillSpan JSON lines: one sentence a line, grouped by posting. */
  public static List<String> skillSpanPostings(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, StringBuilder> postings = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String key =
          n.get("source").asText() + "-" + String.format(Locale.ROOT, "%05d", n.get("idx").asInt());
      List<String> tokens = new ArrayList<>();
      n.get("tokens").forEach(t -> tokens.add(t.asText()));
      postings
          .computeIfAbsent(key, k -> new StringBuilder())
          .append(String.join(" ", tokens))
          .append('\n');
    }
    return postings.values().stream().map(StringBuilder::toString).toList();
  }
}
