package org.credmatch.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OpenNLP model archive so that a model trained twice from the same data gives the same
 * bytes: fixed entry times, and the manifest's training time and date comment removed, its lines
 * sorted. Stateless and thread-safe.
 */
final class StableZip {

  /** 1980-01-01 00:00, the earliest time a zip entry can hold, independent of the time zone. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final String MANIFEST = "manifest.properties";

  private StableZip() {}

  /**
   * Drops comment lines (a date) and the {@code Timestamp} entry, adds {@code extra} entries, and
   * sorts the lines.
   */
  private static byte[] stableManifest(byte[] manifest, Map<String, String> extra) {
    String text = new String(manifest, StandardCharsets.ISO_8859_1);
    Stream<String> added = extra.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue());
    String stable =
        Stream.concat(text.lines(), added)
            .filter(line -> !line.startsWith("#") && !line.startsWith("Timestamp="))
            .sorted()
            .collect(Collectors.joining("\n", "", "\n"));
    return stable.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Normalised copy of {@code zip}, with {@code manifestEntries} (plain keys and values, no
   * characters that need escaping) added to its manifest and the content of the entries named in
   * {@code replacedEntries} replaced by the given bytes.
   */
  static byte[] normalize(
      byte[] zip, Map<String, String> manifestEntries, Map<String, byte[]> replacedEntries)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_TIME);
        out.putNextEntry(copy);
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(MANIFEST)) {
          content = stableManifest(content, manifestEntries);
        }
        out.write(replacedEntries.getOrDefault(entry.getName(), content));
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
