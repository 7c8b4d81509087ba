package org.credmatch.catalog.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;

/**
 * CredMatch's native catalog: one {@link Credential} as JSON a line, as {@link CatalogStore} writes
 * it. Skills in a record are kept as they are. A record may also carry a {@code "description"}
 * string, which is not part of a credential: it is the prose to derive skills from when the record
 * has no declared skills. Blank lines are skipped. Immutable and thread-safe.
 */
public final class JsonLinesFormat implements CatalogFormat {

  /** Optional member holding prose to derive skills from. */
  public static final String DESCRIPTION = "description";

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final int MAX_REASON = 200;

  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public void read(Reader in, Consumer<SourceRecord> sink) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    long number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String json = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
      if (!json.isBlank()) {
        sink.accept(toRecord(number, json));
      }
    }
  }

  private static SourceRecord toRecord(long line, String json) {
    JsonNode tree;
    try {
      tree = TREE.readTree(json);
    } catch (JsonProcessingException e) {
      return malformed(line, "malformed JSON: " + e.getOriginalMessage());
    }
    if (!tree.isObject()) {
      return malformed(line, "expected a JSON object, found " + tree.getNodeType());
    }
    try {
      Credential credential = CatalogStore.fromJson(json);
      JsonNode description = tree.get(DESCRIPTION);
      String prose = description != null && description.isTextual() ? description.asText() : "";
      return new SourceRecord.Parsed(line, credential, List.of(), prose, List.of(), List.of());
    } catch (JsonMappingException e) {
      return new SourceRecord.Unreadable(line, ImportProblem.Kind.INVALID, mappingReason(e));
    } catch (IOException e) {
      return malformed(line, "malformed JSON: " + e.getMessage());
    }
  }

  private static SourceRecord malformed(long line, String reason) {
    return new SourceRecord.Unreadable(line, ImportProblem.Kind.MALFORMED, shorten(reason));
  }

  private static String mappingReason(JsonMappingException e) {
    String field =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."));
    Throwable root = e.getCause() != null ? e.getCause() : e;
    String detail = root == e ? e.getOriginalMessage() : root.getMessage();
    return shorten("unreadable value for '" + field + "': " + detail);
  }

  private static String shorten(String reason) {
    String firstLine = reason.lines().findFirst().orElse(reason);
    return firstLine.length() <= MAX_REASON ? firstLine : firstLine.substring(0, MAX_REASON) + "…";
  }
}
