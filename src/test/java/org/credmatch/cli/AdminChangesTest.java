package org.credmatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexSchema;
import org.credmatch.index.IndexUpdater;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made through the admin API survive restarts and are never dropped silently. */
class AdminChangesTest {

  static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
  static final ConfigFiles CONFIG = ConfigFiles.packaged();

  @TempDir Path dir;
  Path catalog;

  @BeforeEach
  void buildAndEdit() throws IOException {
    catalog = dir.resolve("catalog.jsonl");
    try (var in = getClass().getResourceAsStream("/fixtures/catalog.jsonl")) {
      Files.copy(in, catalog);
    }
    try (var index = Engine.openOrBuildIndex(options(false), CONFIG, QUIET)) {
      assertThat(index.adminBatches()).isZero();
    }
    var added = org.credmatch.search.SearchFixtures.course("admin:added", "Added by an admin");
    new IndexUpdater(IndexSchema.load(CONFIG), CONFIG)
        .apply(options(false).layout(), new IndexUpdater.Batch(List.of(added), List.of()));
  }

  Engine.Options options(boolean discard) {
    return new Engine.Options(dir.resolve("data"), null, catalog, discard);
  }

  @Test
  void keepsAdminChangesWhenTheCatalogIsUnchanged() throws IOException {
    try (var index = Engine.openOrBuildIndex(options(false), CONFIG, QUIET)) {
      assertThat(index.get("admin:added")).isPresent();
      assertThat(index.adminBatches()).isEqualTo(1);
    }
  }

  @Test
  void refusesToRebuildOverAdminChangesAndSaysHowToKeepOrDropThem() throws IOException {
    Files.writeString(catalog, Files.readString(catalog).lines().findFirst().orElseThrow() + "\n");
    assertThatThrownBy(() -> Engine.openOrBuildIndex(options(false), CONFIG, QUIET))
        .isInstanceOf(AdminChangesException.class)
        .hasMessageContaining("1 batch")
        .hasMessageContaining("catalog export")
        .hasMessageContaining("--discard-admin-changes");
    try (var index = Engine.openOrBuildIndex(options(true), CONFIG, QUIET)) {
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.get("admin:added")).isEmpty();
    }
  }

  @Test
  void indexCommandRefusesTooAndPrintsTheReasonWithoutAStackTrace() {
    StringWriter err = new StringWriter();
    var cmd = CredMatchCommand.commandLine().setErr(new PrintWriter(err));
    int code =
        cmd.execute(
            "index", "--data-dir", dir.resolve("data").toString(), "--catalog", catalog.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("credmatch: ")
        .contains("admin API")
        .doesNotContain("\tat ");
  }

  @Test
  void exportWritesEveryCredentialWithTheAdminChangesInIdOrder() throws IOException {
    Path out = dir.resolve("kept.jsonl");
    int code =
        CredMatchCommand.commandLine()
            .execute(
                "catalog",
                "export",
                "--data-dir",
                dir.resolve("data").toString(),
                "--out",
                out.toString());
    assertThat(code).isZero();
    List<Credential> kept = CatalogStore.read(out);
    assertThat(kept).extracting(Credential::id).isSorted().contains("admin:added");
    assertThat(kept).hasSize(CatalogStore.read(catalog).size() + 1);
  }
}
