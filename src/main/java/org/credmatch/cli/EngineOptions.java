package org.credmatch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that open the catalog index. */
final class EngineOptions {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:CREDMATCH_DATA_DIR:-credmatch-data}",
      description = "Folder holding the index (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "Catalog in CredMatch JSON lines (default: the embedded default catalog).")
  Path catalog;

  @Option(
      names = "--config-dir",
      paramLabel = "DIR",
      description = "index-config folder to use instead of the packaged one.")
  Path configDir;

  @Option(
      names = "--discard-admin-changes",
      description =
          "Rebuild from a changed catalog even though the index holds changes made through the"
              + " admin API (they are lost; export them first with 'catalog export').")
  boolean discardAdminChanges;

  Engine.Options toOptions() {
    return new Engine.Options(dataDir, configDir, catalog, discardAdminChanges);
  }
}
