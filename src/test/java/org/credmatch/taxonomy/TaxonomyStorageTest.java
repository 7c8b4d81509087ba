package org.credmatch.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored form of the taxonomy: gzipped JSON lines. */
class TaxonomyStorageTest {

  @Test
  void roundTripsThroughGzippedJsonLines() throws Exception {
    var python =
        new Skill(
            "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
            "Python (computer programming)",
            List.of("Python"),
            SkillType.TOOL,
            List.of("esco-1.2.0", "onet-29.2"),
            List.of("onet:tech:python"),
            true,
            "computer programming");
    var excel =
        new Skill(
            "onet:tech:microsoft-excel",
            "Microsoft Excel",
            List.of("Excel"),
            SkillType.TOOL,
            List.of("onet-29.2"),
            List.of("onet:tech:microsoft-excel"),
            true,
            null);
    var taxonomy = new Taxonomy(List.of(python, excel));
    byte[] bytes = bytes(taxonomy);
    var back = Taxonomy.read(new java.io.ByteArrayInputStream(bytes));
    assertThat(back.skills()).containsExactly(python, excel);
    assertThat(back.findByLabel(" excel ")).contains(excel);
    assertThat(back.findByLabel("PYTHON")).contains(python);
    assertThat(bytes(back)).isEqualTo(bytes);
  }

  @Test
  void readsLinesWithUnknownFieldsAndNullGroup() throws Exception {
    String line =
        "{\"id\":\"esco110:x\",\"label\":\"X\",\"altLabels\":[],\"type\":\"skill\","
            + "\"sources\":[\"esco-1.1.0\"],\"sourceIds\":[\"esco110:x\"],\"hot\":false,"
            + "\"group\":null,\"future\":{\"a\":[1,2]}}\n\n";
    var out = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    var taxonomy = Taxonomy.read(new java.io.ByteArrayInputStream(out.toByteArray()));
    assertThat(taxonomy.get("esco110:x"))
        .contains(
            new Skill(
                "esco110:x",
                "X",
                List.of(),
                SkillType.SKILL,
                List.of("esco-1.1.0"),
                List.of("esco110:x"),
                false,
                null));
  }

  private static byte[] bytes(Taxonomy taxonomy) throws java.io.IOException {
    var out = new java.io.ByteArrayOutputStream();
    taxonomy.write(out);
    return out.toByteArray();
  }
}
