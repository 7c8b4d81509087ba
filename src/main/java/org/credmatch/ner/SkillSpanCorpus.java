package org.credmatch.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the SkillSpan data set (Zhang et al., NAACL 2022) in its two shapes: CoNLL files ({@code
 * token TAB skill-BIO TAB knowledge-BIO}, a blank line between sentences) and postings JSON lines
 * ({@code idx, source, tokens, tags_skill, tags_knowledge}). Stateless and thread-safe.
 *
 * <p>BIO decoding is lenient the way conlleval is: an {@code I} tag that follows {@code O} opens a
 * new span.
 */
public final class SkillSpanCorpus {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private SkillSpanCorpus() {}

  /** Reads a file, choosing the format by extension ({@code .json}/{@code .jsonl}: postings). */
  public static List<AnnotatedSentence> read(Path file) throws IOException {
    String name = file.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".jsonl") ? readPostings(file) : readConll(file);
  }

  /** Reads a CoNLL file; every sentence's document is the file name. */
  public static List<AnnotatedSentence> readConll(Path file) throws IOException {
    String document = file.getFileName().toString();
    List<AnnotatedSentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          flush(document, rows, sentences);
        } else {
          rows.add(columns(file, lineNumber, line));
        }
      }
    }
    flush(document, rows, sentences);
    return List.copyOf(sentences);
  }

  private static String[] columns(Path file, int lineNumber, String line) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 3) {
      throw new MalformedCorpusException(
          file + ":" + lineNumber + ": expected 3 tab-separated columns, found " + cols.length);
    }
    return cols;
  }

  private static void flush(String document, List<String[]> rows, List<AnnotatedSentence> out) {
    if (rows.isEmpty()) {
      return;
    }
    List<String> tokens = rows.stream().map(r -> r[0]).toList();
    List<String> skill = rows.stream().map(r -> r[1]).toList();
    List<String> knowledge = rows.stream().map(r -> r[2]).toList();
    out.add(new AnnotatedSentence(document, tokens, spans(skill, knowledge)));
    rows.clear();
  }

  /** Reads postings JSON lines, in file order; the document of a sentence is {@code source/idx}. */
  public static List<AnnotatedSentence> readPostings(Path file) throws IOException {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          sentences.add(posting(file, lineNumber, JSON.readTree(line)));
        }
      }
    }
    return List.copyOf(sentences);
  }

  private static AnnotatedSentence posting(Path file, int lineNumber, JsonNode node) {
    List<String> tokens = strings(node.path("tokens"));
    List<String> skill = strings(node.path("tags_skill"));
    List<String> knowledge = strings(node.path("tags_knowledge"));
    if (tokens.size() != skill.size() || tokens.size() != knowledge.size()) {
      throw new MalformedCorpusException(
          file + ":" + lineNumber + ": tokens and tag lists differ in length");
    }
    String document = node.path("source").asText() + "/" + node.path("idx").asText();
    return new AnnotatedSentence(document, tokens, spans(skill, knowledge));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<SkillSpan> spans(List<String> skillTags, List<String> knowledgeTags) {
    List<SkillSpan> spans = new ArrayList<>(decodeBio(skillTags, SkillSpan.Kind.SKILL));
    spans.addAll(decodeBio(knowledgeTags, SkillSpan.Kind.KNOWLEDGE));
    spans.sort(Comparator.comparingInt(SkillSpan::start).thenComparingInt(SkillSpan::end));
    return spans;
  }

  /** Decodes one BIO tag layer ({@code B}, {@code I}, {@code O}, optionally with a type suffix). */
  public static List<SkillSpan> decodeBio(List<String> tags, SkillSpan.Kind kind) {
    List<SkillSpan> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      char tag = i < tags.size() && !tags.get(i).isEmpty() ? tags.get(i).charAt(0) : 'O';
      boolean continues = tag == 'I' && start >= 0;
      if (!continues && start >= 0) {
        spans.add(new SkillSpan(start, i, kind, 1.0));
        start = -1;
      }
      if (tag == 'B' || (tag == 'I' && start < 0)) {
        start = i;
      }
    }
    return spans;
  }
}
