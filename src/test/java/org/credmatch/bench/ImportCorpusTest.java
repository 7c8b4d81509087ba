package org.credmatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.importer.JsonLinesFormat;
import org.credmatch.catalog.importer.SourceRecord;
import org.junit.jupiter.api.Test;

class ImportCorpusTest {

  @Test
  void writesSkillLessRecordsWithProseTheImporterReadsBack() throws Exception {
    List<Credential> synthetic = SyntheticCatalog.generate(CatalogStore.readDefault(), 20, 3);
    List<String> prose = List.of("Learn SQL joins.", "Build dashboards in Tableau.");
    StringWriter out = new StringWriter();
    ImportCorpus.write(synthetic, prose, 3, out);

    List<SourceRecord.Parsed> read = new ArrayList<>();
    new JsonLinesFormat()
        .read(new StringReader(out.toString()), r -> read.add((SourceRecord.Parsed) r));
    assertThat(read).hasSize(20);
    assertThat(read).allSatisfy(p -> assertThat(p.errors()).isEmpty());
    assertThat(read)
        .extracting(p -> p.credential().id())
        .containsExactlyElementsOf(synthetic.stream().map(Credential::id).toList());
    assertThat(read).allSatisfy(p -> assertThat(p.credential().skills()).isEmpty());
    assertThat(read)
        .extracting(SourceRecord.Parsed::prose)
        .isSubsetOf(prose)
        .contains(prose.get(0), prose.get(1));
  }
}
