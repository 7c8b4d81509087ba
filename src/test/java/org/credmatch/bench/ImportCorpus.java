package org.credmatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.importer.ImportSource;
import org.credmatch.catalog.importer.JsonLinesFormat;
import org.credmatch.catalog.importer.SourceRecord;

/**
 * Writes an import source for measuring a catalog build with skill extraction: {@code n} synthetic
 * records ({@link SyntheticCatalog}, default seed) without skills, each carrying as its {@code
 * description} the prose of a real provider record (Coursera 2023 and edX 2021 under {@code
 * ../shared/data/catalog-sources}, drawn with the same seed), so that {@code credmatch catalog
 * import} derives every record's skills. The file holds provider prose: it is a local benchmark
 * input, never part of the project.
 *
 * <pre>
 * java -cp $CP org.credmatch.bench.ImportCorpus ../shared/data/catalog-sources 20000 target/import-20k.jsonl
 * </pre>
 */
public final class ImportCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ImportCorpus CATALOG_SOURCES_DIR RECORDS OUT_FILE");
      System.exit(2);
    }
    List<String> prose = prose(ImportSource.providerCatalogs(Path.of(args[0])));
    int n = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      write(
          SyntheticCatalog.generate(CatalogStore.readDefault(), n, SyntheticCatalog.DEFAULT_SEED),
          prose,
          SyntheticCatalog.DEFAULT_SEED,
          w);
    }
    System.err.printf(
        "wrote %,d records (prose drawn from %,d real descriptions) to %s%n", n, prose.size(), out);
  }

  /** The non-blank prose of every parsed record of the sources, in reading order. */
  static List<String> prose(List<ImportSource> sources) throws IOException {
    List<String> out = new ArrayList<>();
    for (ImportSource source : sources) {
      try (Reader in = new BufferedReader(Files.newBufferedReader(source.file()))) {
        source
            .format()
            .read(
                in,
                r -> {
                  if (r instanceof SourceRecord.Parsed p && !p.prose().isBlank()) {
                    out.add(p.prose());
                  }
                });
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no record with prose in " + sources);
    }
    return out;
  }

  /**
   * One JSON line per credential, its skills dropped and a description drawn from {@code prose}.
   */
  static void write(List<Credential> credentials, List<String> prose, long seed, Writer out)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    for (Credential c : credentials) {
      ObjectNode line = (ObjectNode) JSON.readTree(CatalogStore.toJson(c.withSkills(List.of())));
      line.put(JsonLinesFormat.DESCRIPTION, prose.get(random.nextInt(prose.size())));
      out.write(JSON.writeValueAsString(line));
      out.write('\n');
    }
  }
}
