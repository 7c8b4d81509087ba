package org.credmatch.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.credmatch.catalog.importer.ColumnMapping.Field;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void loadsTheCommittedExampleMapping() {
    var mapping = ColumnMapping.load(Fixtures.path("acme-academy-mapping.json"));
    assertThat(mapping.idPrefix()).isEqualTo("acme");
    assertThat(mapping.columns().get(Field.DESCRIPTION)).containsExactly("Summary", "Outline");
    assertThat(mapping.defaults()).containsEntry(Field.PROVIDER, "Acme Academy");
    assertThat(mapping.values().get(Field.TYPE)).containsEntry("nano-degree", "program");
    assertThat(mapping.hoursPerWeek()).isEqualTo(4.0);
    assertThat(mapping.mappedColumns()).hasSize(15).startsWith("Code", "Course name");
  }

  @Test
  void namesFieldsInCamelCase() {
    assertThat(Field.CERTIFICATE_PRICE.key()).isEqualTo("certificatePrice");
    assertThat(Field.of("url")).isEqualTo(Field.URL);
  }

  @Test
  void rejectsUnknownFieldsAndMembers() {
    assertThatThrownBy(
            () -> ColumnMapping.parse("{\"idPrefix\":\"x\",\"columns\":{\"name\":\"A\"}}"))
        .isInstanceOf(CatalogImportException.class)
        .hasMessageStartingWith("mapping: unknown field 'name'");
    assertThatThrownBy(() -> ColumnMapping.parse("{\"idPrefix\":\"x\",\"colums\":{}}"))
        .isInstanceOf(CatalogImportException.class)
        .hasMessageStartingWith("mapping: unknown member 'colums'");
  }

  @Test
  void needsAnIdColumnOrAnIdPrefix() {
    assertThatThrownBy(() -> ColumnMapping.parse("{\"columns\":{\"title\":\"A\"}}"))
        .isInstanceOf(CatalogImportException.class)
        .hasMessage("mapping: map an 'id' column or give an 'idPrefix'");
    assertThat(ColumnMapping.parse("{\"columns\":{\"id\":\"Code\"}}").columns())
        .containsEntry(Field.ID, List.of("Code"));
  }

  @Test
  void rejectsMalformedJson() {
    assertThatThrownBy(() -> ColumnMapping.parse("{\"columns\":"))
        .isInstanceOf(CatalogImportException.class)
        .hasMessageStartingWith("mapping: malformed JSON");
  }
}
