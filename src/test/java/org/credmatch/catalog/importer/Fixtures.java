package org.credmatch.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Access to the committed fixtures under src/test/resources/catalog. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/catalog/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<SourceRecord> read(CatalogFormat format, String name) throws IOException {
    try (Reader in = Files.newBufferedReader(path(name), StandardCharsets.UTF_8)) {
      return read(format, in);
    }
  }

  static List<SourceRecord> readText(CatalogFormat format, String text) throws IOException {
    return read(format, new StringReader(text));
  }

  private static List<SourceRecord> read(CatalogFormat format, Reader in) throws IOException {
    List<SourceRecord> records = new ArrayList<>();
    format.read(in, records::add);
    return records;
  }

  static SourceRecord.Parsed parsed(SourceRecord record) {
    return (SourceRecord.Parsed) record;
  }
}
