package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credmatch.catalog.importer.Fixtures.parsed;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.catalog.CredentialType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonLinesFormatTest {

  private List<SourceRecord> records;

  @BeforeEach
  void read() throws IOException {
    records = Fixtures.read(new JsonLinesFormat(), "native-sample.jsonl");
  }

  @Test
  void readsCredentialsWithTheirLinkedSkills() {
    var first = parsed(records.get(0));
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.credential().id()).isEqualTo("acme:excel-basics");
    assertThat(first.credential().skills())
        .containsExactly(new CredentialSkill("esco:excel", "use spreadsheets software", true));
    assertThat(first.prose()).isEmpty();
  }

  @Test
  void takesTheDescriptionAsProseAndSkipsBlankLines() {
    var second = parsed(records.get(1));
    assertThat(second.line()).isEqualTo(3);
    assertThat(second.credential().type()).isEqualTo(CredentialType.CERTIFICATE);
    assertThat(second.prose())
        .isEqualTo("Learn statistics and a little Python to check your results.");
  }

  @Test
  void reportsBrokenJsonAsMalformedAndBadValuesAsInvalid() {
    assertThat(records).extracting(SourceRecord::line).containsExactly(1L, 3L, 4L, 5L, 6L, 7L);
    var broken = (SourceRecord.Unreadable) records.get(2);
    assertThat(broken.kind()).isEqualTo(ImportProblem.Kind.MALFORMED);
    assertThat(broken.reason()).startsWith("malformed JSON");
    var webinar = (SourceRecord.Unreadable) records.get(3);
    assertThat(webinar.kind()).isEqualTo(ImportProblem.Kind.INVALID);
    assertThat(webinar.reason()).startsWith("unreadable value for 'type'").contains("WEBINAR");
  }

  @Test
  void readsBackWhatTheCatalogStoreWrites() throws IOException {
    var credentials =
        records.stream()
            .filter(r -> r instanceof SourceRecord.Parsed)
            .map(r -> parsed(r).credential())
            .toList();
    StringWriter out = new StringWriter();
    CatalogStore.write(credentials, out);
    var again = Fixtures.readText(new JsonLinesFormat(), out.toString());
    assertThat(again)
        .map(r -> parsed(r).credential())
        .containsExactlyInAnyOrderElementsOf(credentials);
  }
}
