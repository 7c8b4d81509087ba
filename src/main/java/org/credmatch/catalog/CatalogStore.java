package org.credmatch.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and writes catalogs in CredMatch's native JSON-lines form, one {@link Credential} a line,
 * sorted by id. Thread-safe (stateless).
 */
public final class CatalogStore {

  /** Class-path location of the embedded default catalog. */
  public static final String DEFAULT_RESOURCE = "/catalog/default-catalog.jsonl";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private CatalogStore() {}

  /** The default catalog embedded in the jar. */
  public static List<Credential> readDefault() {
    try (InputStream in = CatalogStore.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("default catalog " + DEFAULT_RESOURCE + " is missing");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Credential> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads JSON lines written by {@link #write}; blank lines are ignored. */
  public static List<Credential> read(InputStream in) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Credential> out = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank()) {
        out.add(JSON.readValue(line, Credential.class));
      }
    }
    return out;
  }

  /** Writes the credentials sorted by id, atomically replacing {@code file}. */
  public static void write(List<Credential> credentials, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = parent.resolve(file.getFileName() + ".tmp");
    try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      write(credentials, writer);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static void write(List<Credential> credentials, Writer writer) throws IOException {
    List<Credential> sorted = new ArrayList<>(credentials);
    sorted.sort(Comparator.comparing(Credential::id));
    for (Credential c : sorted) {
      writer.write(toJson(c));
      writer.write('\n');
    }
  }

  /** One credential as a single JSON line. */
  public static String toJson(Credential credential) throws IOException {
    return JSON.writeValueAsString(credential);
  }

  /** Parses one JSON object into a credential; throws on malformed JSON or wrong types. */
  public static Credential fromJson(String json) throws IOException {
    return JSON.readValue(json, Credential.class);
  }
}
