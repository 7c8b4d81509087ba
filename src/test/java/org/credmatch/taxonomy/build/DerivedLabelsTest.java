package org.credmatch.taxonomy.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DerivedLabelsTest {

  private final DerivedLabels derived =
      new DerivedLabels(
          new CommonWords(
              Set.of(
                  "teams",
                  "word",
                  "visual",
                  "basic",
                  "risk",
                  "management",
                  "web",
                  "services",
                  "cloud",
                  "software")),
          Set.of("visual basic"));

  @Test
  void derivesTrailingAcronymAndItsLongForm() {
    assertThat(derived.derive("Structured query language SQL"))
        .containsExactlyInAnyOrder("Structured query language", "SQL");
    assertThat(derived.derive("Hypertext markup language HTML")).contains("HTML");
    assertThat(derived.derive("Common business oriented language COBOL")).contains("COBOL");
  }

  @Test
  void derivesBracketedAcronymAndDropsQualifiers() {
    assertThat(derived.derive("Adobe Experience Manager (AEM)"))
        .containsExactlyInAnyOrder("AEM", "Adobe Experience Manager", "Experience Manager");
    assertThat(derived.derive("Java (computer programming)")).containsExactly("Java");
  }

  @Test
  void ignoresCapitalisedWordsThatAreNotAcronymsOfWhatPrecedes() {
    assertThat(derived.derive("HYPACK MAX")).isEmpty();
    assertThat(derived.derive("Microsoft Windows XP")).containsExactly("Windows XP");
    assertThat(derived.derive("Oracle Java Enterprise Edition EE")).doesNotContain("EE");
  }

  @Test
  void stripsVendorPrefixWhenTheRestIsDistinctive() {
    assertThat(derived.derive("Microsoft Excel")).containsExactly("Excel");
    assertThat(derived.derive("Amazon Web Services AWS software"))
        .contains("AWS", "Amazon Web Services", "Amazon Web Services AWS");
    assertThat(derived.derive("Microsoft Teams")).isEmpty();
    assertThat(derived.derive("Microsoft Word")).isEmpty();
  }

  @Test
  void keepsVendorlessNameOfAnEscoSkillEvenIfMadeOfOrdinaryWords() {
    assertThat(derived.derive("Microsoft Visual Basic")).containsExactly("Visual Basic");
  }

  @Test
  void keepsOnlyDistinctiveFormsOfSoftwareCategories() {
    assertThat(derived.derive("Risk management software")).isEmpty();
    assertThat(derived.derive("Google Cloud software")).containsExactly("Google Cloud");
  }

  @Test
  void readsAcronymsOffWordInitialsAndInnerLetters() {
    assertThat(DerivedLabels.Acronyms.expands("SSRS", "Microsoft SQL Server Reporting Services"))
        .isTrue();
    assertThat(DerivedLabels.Acronyms.expands("HTML", "Hypertext markup language")).isTrue();
    assertThat(DerivedLabels.Acronyms.expands("ASCOS", "Analysis of Smoke Control Systems"))
        .isTrue();
    assertThat(DerivedLabels.Acronyms.expands("XML", "Extensible markup language")).isFalse();
    assertThat(DerivedLabels.Acronyms.expands("MAX", "HYPACK")).isFalse();
  }
}
