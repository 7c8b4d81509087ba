package org.credmatch.catalog.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file to import and its format.
 *
 * @param name name used in reports (the file name by default)
 * @param file the catalog file (UTF-8)
 * @param format how to read it
 */
public record ImportSource(String name, Path file, CatalogFormat format) {

  /** Format names accepted by {@link #of}. */
  public static final List<String> FORMATS = List.of("jsonl", "csv", "coursera-2023", "edx-2021");

  /** File names of the two provider catalogs in the shared data's catalog-sources folder. */
  public static final String COURSERA_2023_FILE = "coursera-2023.csv";

  public static final String EDX_2021_FILE = "edx-2021.csv";

  public ImportSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
  }

  public ImportSource(Path file, CatalogFormat format) {
    this(String.valueOf(file.getFileName()), file, format);
  }

  /** A native JSON-lines catalog. */
  public static ImportSource jsonLines(Path file) {
    return new ImportSource(file, new JsonLinesFormat());
  }

  /** A CSV catalog read through the column-mapping file {@code mappingFile}. */
  public static ImportSource csv(Path file, Path mappingFile) {
    return new ImportSource(file, new CsvMappingFormat(ColumnMapping.load(mappingFile)));
  }

  /** The Coursera 2023 catalog CSV. */
  public static ImportSource coursera2023(Path file) {
    return new ImportSource(file, new Coursera2023Format());
  }

  /** The edX 2021 catalog CSV. */
  public static ImportSource edx2021(Path file) {
    return new ImportSource(file, new Edx2021Format());
  }

  /** Both provider catalogs of a catalog-sources folder, Coursera first. */
  public static List<ImportSource> providerCatalogs(Path catalogSourcesDir) {
    return List.of(
        coursera2023(catalogSourcesDir.resolve(COURSERA_2023_FILE)),
        edx2021(catalogSourcesDir.resolve(EDX_2021_FILE)));
  }

  /**
   * A source by format name, as given on the command line.
   *
   * @param mappingFile the column-mapping file, required for "csv" and ignored otherwise
   * @throws CatalogImportException for an unknown format or a missing or bad mapping
   */
  public static ImportSource of(String format, Path file, Path mappingFile) {
    return switch (format) {
      case "jsonl" -> jsonLines(file);
      case "coursera-2023" -> coursera2023(file);
      case "edx-2021" -> edx2021(file);
      case "csv" -> {
        if (mappingFile == null) {
          throw new CatalogImportException("format csv needs a column-mapping file");
        }
        yield csv(file, mappingFile);
      }
      default ->
          throw new CatalogImportException("unknown format '" + format + "'; known: " + FORMATS);
    };
  }
}
