package org.credmatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code credmatch catalog export}: writes the served index's credentials back to a JSON-lines
 * catalog, admin changes included, so nothing made through the admin API is lost on a rebuild.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write every credential of the index in --data-dir (admin API changes included) to a"
            + " CredMatch JSON-lines catalog, in id order.")
final class CatalogExportCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Catalog file to write (replaced atomically).")
  Path out;

  @Override
  public Integer call() throws IOException {
    var options = engine.toOptions();
    ConfigFiles config = ConfigFiles.of(options.configDir());
    var open = CatalogIndex.open(options.layout(), IndexSchema.load(config), config);
    if (open.isEmpty()) {
      System.err.println("credmatch: no index in " + options.layout().root());
      return 1;
    }
    java.util.List<Credential> all;
    try (CatalogIndex index = open.get()) {
      all = index.all();
    }
    Path absolute = out.toAbsolutePath();
    Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    CatalogStore.write(all, tmp);
    Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf("Exported %,d credentials to %s%n", all.size(), out);
    return 0;
  }
}
