package org.credmatch.cli;

import java.util.concurrent.Callable;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code credmatch index}: (re)builds the catalog index aside and switches to it atomically. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Build the catalog index from a catalog file (or the embedded default catalog).")
final class IndexCommand implements Callable<Integer> {

  @Mixin EngineOptions engine;

  @Override
  public Integer call() throws Exception {
    var options = engine.toOptions();
    ConfigFiles config = ConfigFiles.of(options.configDir());
    byte[] catalog = Engine.catalogBytes(options.catalog());
    var layout = options.layout();
    IndexSchema schema = IndexSchema.load(config);
    var current = org.credmatch.index.CatalogIndex.open(layout, schema, config);
    if (current.isPresent()) {
      Engine.closeUnlessAdminChangesWouldBeLost(current.get(), options);
    }
    var result = Engine.build(layout, schema, config, catalog, System.err);
    System.out.printf("Indexed %,d credentials into %s%n", result.documents(), layout.root());
    return 0;
  }
}
