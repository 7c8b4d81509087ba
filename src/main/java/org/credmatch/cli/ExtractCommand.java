package org.credmatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code credmatch extract}: the skills a job ad asks for, as JSON. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the skills a job ad (plain text, Markdown or HTML) asks for, as JSON.",
      "With --jsonl, reads one {\"id\": ..., \"text\": ...} object a line and writes one result"
          + " a line, with its id."
    })
public final class ExtractCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "Input file; '-' or nothing reads standard input.")
  private Path input;

  @Option(names = "--jsonl", description = "Batch mode: JSON lines in, JSON lines out.")
  private boolean jsonl;

  @Option(names = "--pretty", description = "Indent the JSON (single-text mode).")
  private boolean pretty;

  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description = "A taxonomy.jsonl.gz to use instead of the shipped one.")
  private Path taxonomyFile;

  @Override
  public Integer call() throws IOException {
    Taxonomy taxonomy = taxonomyFile == null ? Taxonomy.loadDefault() : Taxonomy.load(taxonomyFile);
    SkillExtractor extractor = Extractors.load(taxonomy, System.err);
    PrintWriter out = spec.commandLine().getOut();
    try (InputStream in = open()) {
      if (jsonl) {
        return batch(extractor, in, out);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var writer = pretty ? JSON.writerWithDefaultPrettyPrinter() : JSON.writer();
      out.println(writer.writeValueAsString(extractor.extract(text)));
      out.flush();
      return 0;
    }
  }

  private InputStream open() throws IOException {
    if (input == null || input.toString().equals("-")) {
      return System.in;
    }
    return Files.newInputStream(input);
  }

  /** One result per input line; a bad line gets a result with a warning, never an abort. */
  private int batch(SkillExtractor extractor, InputStream in, PrintWriter out) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    int invalid = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      BatchResult result = batchLine(extractor, line, lineNo);
      invalid += result.valid() ? 0 : 1;
      out.println(JSON.writeValueAsString(result.json()));
    }
    out.flush();
    if (invalid > 0) {
      spec.commandLine().getErr().println(invalid + " invalid input line(s), see their warnings");
    }
    return 0;
  }

  /** The JSON written for one input line, and whether the line was a valid record. */
  private record BatchResult(ObjectNode json, boolean valid) {}

  private static BatchResult batchLine(SkillExtractor extractor, String line, int lineNo) {
    ObjectNode result = JSON.createObjectNode();
    JsonNode record;
    try {
      record = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return invalid(result, "line " + lineNo + ": not valid JSON");
    }
    if (!record.isObject() || !record.hasNonNull("text") || !record.get("text").isTextual()) {
      result.set("id", record.isObject() ? record.get("id") : null);
      return invalid(result, "line " + lineNo + ": expected {\"id\": ..., \"text\": \"...\"}");
    }
    result.set("id", record.get("id"));
    ObjectNode extraction = JSON.valueToTree(extractor.extract(record.get("text").asText()));
    result.setAll(extraction);
    return new BatchResult(result, true);
  }

  private static BatchResult invalid(ObjectNode result, String warning) {
    if (!result.hasNonNull("id")) {
      result.putNull("id");
    }
    result.putArray("skills");
    result.set("warnings", JSON.valueToTree(List.of(warning)));
    return new BatchResult(result, false);
  }
}
