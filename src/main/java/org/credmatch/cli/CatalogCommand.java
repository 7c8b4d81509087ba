package org.credmatch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.SkillTagger;
import org.credmatch.catalog.importer.CatalogImporter;
import org.credmatch.catalog.importer.ImportListener;
import org.credmatch.catalog.importer.ImportReport;
import org.credmatch.catalog.importer.ImportSource;
import org.credmatch.catalog.importer.SourceSummary;
import org.credmatch.taxonomy.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code credmatch catalog}: catalog maintenance. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Import and maintain catalogs.",
    subcommands = {CatalogCommand.Import.class, CatalogExportCommand.class})
final class CatalogCommand {

  /** {@code credmatch catalog import}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import catalog files into one CredMatch JSON-lines catalog, validating every record.",
        "Formats: jsonl, csv (with --mapping), coursera-2023, edx-2021.",
        "Skills: provider tags are linked to the taxonomy; records without tags get skills derived"
            + " from their descriptions by the extractor. No description text is written."
      })
  static final class Import implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--source",
        required = true,
        paramLabel = "FORMAT=FILE",
        description =
            "A file to import, e.g. edx-2021=../shared/data/catalog-sources/edx-2021.csv (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(
        names = "--mapping",
        paramLabel = "FILE",
        description = "Column-mapping JSON for csv sources (see docs/catalog-formats.md).")
    Path mapping;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "Catalog to write (JSON lines), replaced atomically.")
    Path out;

    @Option(
        names = "--no-derive",
        description = "Do not derive skills from descriptions (tags are still linked).")
    boolean noDerive;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description =
            "Threads that tag skills (default: one per processor, here ${DEFAULT-VALUE}). The"
                + " catalog written is the same whatever the number.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
      if (threads < 1) {
        throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
      }
      List<ImportSource> parsed = sources.stream().map(this::parse).toList();
      PrintStream err = System.err;
      SkillTagger tagger = tagger(err);
      ImportListener progress =
          p ->
              err.printf(
                  "  %s: %,d read, %,d imported in all%s%n",
                  p.source(), p.sourceRead(), p.imported(), p.sourceDone() ? " (done)" : "");
      ImportReport report =
          new CatalogImporter(CatalogImporter.DEFAULT_PROGRESS_EVERY, threads)
              .importFrom(parsed, tagger, progress);
      CatalogStore.write(report.credentials(), out);
      print(report, System.out);
      return report.imported() == 0 ? 1 : 0;
    }

    private SkillTagger tagger(PrintStream log) {
      Taxonomy taxonomy = Taxonomy.loadDefault();
      var extractor = Extractors.loadWithoutSpanModel(taxonomy, log);
      SkillTagger full = new ExtractorTagger(taxonomy, extractor);
      if (!noDerive) {
        return full;
      }
      return new SkillTagger() {
        @Override
        public List<org.credmatch.catalog.CredentialSkill> link(List<String> tags) {
          return full.link(tags);
        }

        @Override
        public List<org.credmatch.catalog.CredentialSkill> derive(String text) {
          return List.of();
        }
      };
    }

    private ImportSource parse(String spec) {
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new ParameterException(
            this.spec.commandLine(),
            "--source takes FORMAT=FILE, got '" + spec + "'; formats: " + ImportSource.FORMATS);
      }
      try {
        return ImportSource.of(spec.substring(0, eq), Path.of(spec.substring(eq + 1)), mapping);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(this.spec.commandLine(), e.getMessage());
      }
    }

    private void print(ImportReport report, PrintStream o) {
      o.printf(
          "%-16s %6s %9s %8s %8s %8s%n",
          "source", "read", "imported", "skipped", "invalid", "derived");
      for (SourceSummary s : report.sources()) {
        o.printf(
            "%-16s %6d %9d %8d %8d %8d%n",
            s.source(), s.read(), s.imported(), s.skipped(), s.invalid(), s.derived());
      }
      report.problems().forEach(p -> o.println("  " + p));
      if (!report.warnings().isEmpty()) {
        o.printf("%d warnings:%n", report.warnings().size());
        report.warnings().forEach(w -> o.println("  " + w));
      }
      o.printf("Wrote %,d credentials to %s%n", report.imported(), out);
    }
  }
}
