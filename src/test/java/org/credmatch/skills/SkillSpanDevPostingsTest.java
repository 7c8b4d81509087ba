package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.credmatch.taxonomy.Taxonomy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the 58 SkillSpan dev postings (read-only, from ../shared/data): offsets
 * must map back, answers must be stable, and, with the shipped taxonomy, most mentions must overlap
 * a span the SkillSpan annotators marked as a skill or knowledge.
 */
class SkillSpanDevPostingsTest {

  /** One rebuilt posting: its text (a sentence a line) and its annotated character spans. */
  record Posting(String text, List<int[]> gold) {}

  private static List<Posting> postings;

  @BeforeAll
  static void read() throws IOException {
    Path dir = Path.of(System.getProperty("credmatch.shared", "../shared/data"), "skillspan");
    Assumptions.assumeTrue(
        Files.isDirectory(dir), "../shared/data absent: skipping the SkillSpan dev postings test");
    postings = rebuild(dir.resolve("postings_dev.json"));
  }

  static List<Posting> rebuild(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, StringBuilder> texts = new TreeMap<>();
    Map<String, List<int[]>> gold = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String key =
          String.format(Locale.ROOT, "%s-%05d", n.get("source").asText(), n.get("idx").asInt());
      StringBuilder sb = texts.computeIfAbsent(key, k -> new StringBuilder());
      List<int[]> spans = gold.computeIfAbsent(key, k -> new ArrayList<>());
      int[][] offsets = appendSentence(sb, n.get("tokens"));
      addSpans(n.get("tags_skill"), offsets, spans);
      addSpans(n.get("tags_knowledge"), offsets, spans);
    }
    return texts.keySet().stream()
        .map(k -> new Posting(texts.get(k).toString(), gold.get(k)))
        .toList();
  }

  private static int[][] appendSentence(StringBuilder sb, JsonNode tokens) {
    int[][] offsets = new int[tokens.size()][];
    for (int i = 0; i < tokens.size(); i++) {
      sb.append(i > 0 ? " " : "");
      int start = sb.length();
      sb.append(tokens.get(i).asText());
      offsets[i] = new int[] {start, sb.length()};
    }
    sb.append('\n');
    return offsets;
  }

  private static void addSpans(JsonNode tags, int[][] offsets, List<int[]> spans) {
    int start = -1;
    for (int i = 0; i <= offsets.length; i++) {
      String tag = i < offsets.length ? tags.get(i).asText() : "O";
      if (start >= 0 && !tag.startsWith("I")) {
        spans.add(new int[] {offsets[start][0], offsets[i - 1][1]});
        start = -1;
      }
      start = tag.startsWith("B") ? i : start;
    }
  }

  @Test
  void mapsEveryMentionBackAndAnswersTheSameTwice() {
    DefaultSkillExtractor extractor = Fixtures.extractor();
    int mentions = 0;
    for (Posting p : postings) {
      Extraction e = extractor.extract(p.text());
      for (ExtractedSkill s : e.skills()) {
        for (Mention m : s.mentions()) {
          assertThat(p.text().substring(m.start(), m.end())).isEqualTo(m.text());
          assertThat(m.sentence()).contains(m.text().replaceAll("\\s+", " "));
          mentions++;
        }
      }
      assertThat(extractor.extract(p.text())).isEqualTo(e);
    }
    assertThat(mentions).isGreaterThan(100);
  }

  @Test
  void mostTaxonomyMentionsOverlapAnnotatedSpans() {
    Assumptions.assumeTrue(
        Taxonomy.class.getResource(Taxonomy.DEFAULT_RESOURCE) != null,
        "shipped taxonomy absent: skipping the agreement check");
    var extractor = new DefaultSkillExtractor(Taxonomy.loadDefault(), Fixtures.config(), null);
    int all = 0;
    int agreeing = 0;
    for (Posting p : postings) {
      for (ExtractedSkill s : extractor.extract(p.text()).skills()) {
        for (Mention m : s.mentions()) {
          all++;
          agreeing += p.gold().stream().anyMatch(g -> m.start() < g[1] && g[0] < m.end()) ? 1 : 0;
        }
      }
    }
    double agreement = agreeing / (double) all;
    System.out.printf(
        Locale.ROOT, "SkillSpan dev: %d mentions, %.3f overlap annotated spans%n", all, agreement);
    assertThat(agreement).isGreaterThan(0.65);
  }
}
