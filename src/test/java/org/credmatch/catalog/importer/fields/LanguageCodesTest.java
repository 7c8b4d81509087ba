package org.credmatch.catalog.importer.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {

  @Test
  void mapsEveryEdxLanguageName() {
    assertThat(LanguageCodes.code("English")).contains("en");
    assertThat(LanguageCodes.code("Español")).contains("es");
    assertThat(LanguageCodes.code("Français")).contains("fr");
    assertThat(LanguageCodes.code("Italiano")).contains("it");
    assertThat(LanguageCodes.code("中文")).contains("zh");
    assertThat(LanguageCodes.code("Português")).contains("pt");
    assertThat(LanguageCodes.code("日本語")).contains("ja");
    assertThat(LanguageCodes.code("اللغة العربية")).contains("ar");
    assertThat(LanguageCodes.code("Deutsch")).contains("de");
  }

  @Test
  void acceptsEnglishNamesAndCodes() {
    assertThat(LanguageCodes.code("spanish")).contains("es");
    assertThat(LanguageCodes.code("fr")).contains("fr");
    assertThat(LanguageCodes.code("pt-BR")).contains("pt-BR");
  }

  @Test
  void rejectsUnknownLanguages() {
    assertThat(LanguageCodes.code("Elvish")).isEmpty();
    assertThat(LanguageCodes.code("xq")).isEmpty();
    assertThat(LanguageCodes.code("")).isEmpty();
  }
}
