package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.credmatch.skills.Curation.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurationFilesTest {

  @TempDir Path dir;

  private static final Curation SAMPLE =
      new Curation(
          List.of("team player", "onet:tech:c-sharp", "Go-getter"),
          List.of(new Mapping("k8s", "Kubernetes"), new Mapping("C#", "onet:tech:c-sharp")),
          List.of(new Mapping("ML", "machine learning")));

  private static String packaged(String name) throws IOException {
    try (InputStream in =
        CurationFiles.class.getResourceAsStream(CurationFiles.PACKAGED_DIR + name)) {
      assertThat(in).as(name + " packaged").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void roundTripsThroughTheThreeFiles() throws IOException {
    CurationFiles.save(dir, SAMPLE);

    assertThat(CurationFiles.load(dir)).isEqualTo(SAMPLE);
    assertThat(Files.readAllLines(dir.resolve(CurationFiles.DENY)))
        .filteredOn(l -> !l.startsWith("#"))
        .containsExactly("Go-getter", "onet:tech:c-sharp", "team player");
    assertThat(Files.readAllLines(dir.resolve(CurationFiles.SYNONYMS)))
        .filteredOn(l -> !l.startsWith("#"))
        .containsExactly("C#\tonet:tech:c-sharp", "k8s\tKubernetes");
  }

  @Test
  void writesTheSameBytesWhateverTheEntryOrder() throws IOException {
    Path other = Files.createDirectory(dir.resolve("other"));
    CurationFiles.save(dir, SAMPLE);
    CurationFiles.save(
        other,
        new Curation(
            SAMPLE.deny().reversed(), SAMPLE.synonyms().reversed(), SAMPLE.forced().reversed()));

    for (String name : List.of(CurationFiles.DENY, CurationFiles.SYNONYMS, CurationFiles.FORCED)) {
      assertThat(other.resolve(name)).hasSameBinaryContentAs(dir.resolve(name));
    }
  }

  @Test
  void keepsTheHeaderOfAFileAlreadyThereAndLeavesNoTemporaryFiles() throws IOException {
    Files.writeString(dir.resolve(CurationFiles.DENY), "# our own rules\n#\nrockstar\n");

    CurationFiles.save(dir, SAMPLE);

    assertThat(Files.readString(dir.resolve(CurationFiles.DENY)))
        .isEqualTo("# our own rules\n#\nGo-getter\nonet:tech:c-sharp\nteam player\n");
    assertThat(Files.readString(dir.resolve(CurationFiles.FORCED)))
        .isEqualTo(packaged(CurationFiles.FORCED) + "ML\tmachine learning\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              CurationFiles.DENY, CurationFiles.SYNONYMS, CurationFiles.FORCED);
    }
  }

  @Test
  void shipsFilesInTheFormSaveWrites() throws IOException {
    CurationFiles.save(dir, CurationFiles.loadPackaged());

    for (String name : List.of(CurationFiles.DENY, CurationFiles.SYNONYMS, CurationFiles.FORCED)) {
      assertThat(Files.readString(dir.resolve(name))).as(name).isEqualTo(packaged(name));
    }
  }

  @Test
  void readsMissingFilesAsEmpty() throws IOException {
    assertThat(CurationFiles.load(dir.resolve("absent"))).isEqualTo(Curation.EMPTY);
  }

  @Test
  void namesEveryMalformedLine() throws IOException {
    Files.writeString(dir.resolve(CurationFiles.SYNONYMS), "# header\nk8s\tKubernetes\nk8s\n");
    Files.writeString(dir.resolve(CurationFiles.FORCED), "ML machine learning\n\n  # note\n");

    assertThatThrownBy(() -> CurationFiles.load(dir))
        .isInstanceOfSatisfying(
            CurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "synonyms.tsv line 3: expected 'phrase TAB target'",
                        "forced.tsv line 1: expected 'phrase TAB target'"));
  }

  @Test
  void refusesToWriteEntriesThatWouldNotReadBack() {
    Curation bad =
        new Curation(List.of("#hashtag"), List.of(new Mapping("a\tb", "Kubernetes")), List.of());

    assertThatThrownBy(() -> CurationFiles.save(dir, bad))
        .isInstanceOfSatisfying(
            CurationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "deny '#hashtag': starts with '#', which the files read as a comment",
                        "synonyms 'a\tb': contains a tab or line break"));
    assertThat(dir).isEmptyDirectory();
  }
}
