package org.credmatch.taxonomy.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scheme ids from labels and the CSV reader of the ESCO files. */
class SourceFilesTest {

  @Test
  void slugsKeepPlusAndSharpApart() {
    assertThat(Slugs.slug("C++")).isEqualTo("c-plus-plus");
    assertThat(Slugs.slug("C#")).isEqualTo("c-sharp");
    assertThat(Slugs.slug("Café Olé!")).isEqualTo("cafe-ole");
  }

  @Test
  void resolvesSlugCollisionsInLabelOrder() {
    Map<String, String> ids = Slugs.assign("x:", List.of("A-B", "A B", "a-b-2"));
    assertThat(ids)
        .containsEntry("A B", "x:a-b")
        .containsEntry("A-B", "x:a-b-3")
        .containsEntry("a-b-2", "x:a-b-2");
    assertThat(Slugs.assign("x:", List.of("A B", "a-b-2", "A-B"))).isEqualTo(ids);
  }

  @Test
  void parsesQuotedCsvFieldsWithCommasQuotesAndLineBreaks() {
    var rows = Tables.parseCsv("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,,6");
    assertThat(rows)
        .containsExactly(
            List.of("a", "b", "c"), List.of("1", "x, \"y\"\nz", "3"), List.of("4", "", "6"));
  }
}
