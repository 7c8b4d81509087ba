package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credmatch.skills.Fixtures.ids;

import org.junit.jupiter.api.Test;

class HardCasesTest {

  @Test
  void findsReactButNotInsideReactive() {
    assertThat(ids("We build reactive systems with React and TypeScript."))
        .containsExactly("t:react");
    assertThat(ids("You write reactive, event-driven services.")).isEmpty();
  }

  @Test
  void tellsJavaFromJavaScript() {
    assertThat(ids("Strong JavaScript skills.")).containsExactly("t:javascript");
    assertThat(ids("Strong Java skills.")).containsExactly("t:java");
    assertThat(ids("Java and JavaScript developers welcome."))
        .containsExactlyInAnyOrder("t:java", "t:javascript");
  }

  @Test
  void tellsCFromCppAndCSharp() {
    assertThat(ids("Experience with C++ and C# is required."))
        .containsExactlyInAnyOrder("t:cpp", "t:csharp");
    assertThat(ids("Embedded programming in C, C++ or Rust.")).contains("t:c", "t:cpp");
    assertThat(ids("Report to the C-level team and keep a grade C average.")).isEmpty();
  }

  @Test
  void findsRAsALanguageOnlyInContext() {
    assertThat(ids("Statistical programming in R or Python.")).contains("t:r", "t:python");
    assertThat(ids("Our R&D department grows fast.")).isEmpty();
  }

  @Test
  void findsGoOnlyAsAProgrammingLanguage() {
    assertThat(ids("Backend services written in Go and Python.")).contains("t:go");
    assertThat(ids("Experience with Java, Go or Python.")).contains("t:go");
    assertThat(ids("You go the extra mile. Go live with the new release.")).isEmpty();
    assertThat(ids("Golang developer wanted.")).containsExactly("t:go");
  }

  @Test
  void findsSwiftAndRustOnlyInContext() {
    assertThat(ids("iOS development in Swift.")).containsExactly("t:swift");
    assertThat(ids("A swift response to customers matters.")).isEmpty();
    assertThat(ids("Systems programming in Rust.")).containsExactly("t:rust");
  }

  @Test
  void findsDotNetAndNodeJs() {
    assertThat(ids("Experience with .NET and ASP.NET."))
        .containsExactlyInAnyOrder("t:dotnet", "t:aspnet");
    assertThat(ids("APIs in Node.js or NodeJS.")).containsExactly("t:node");
  }

  @Test
  void findsAbbreviationsThroughAliases() {
    assertThat(ids("JS, k8s, MS Excel and Postgres."))
        .containsExactlyInAnyOrder("t:javascript", "t:k8s", "t:excel", "t:postgres");
  }

  @Test
  void longestMatchWins() {
    assertThat(ids("Knowledge of Microsoft Excel.")).containsExactly("t:excel");
  }

  @Test
  void matchesThroughLemmas() {
    assertThat(ids("You will be managing databases.")).containsExactly("e:db");
    assertThat(ids("Good database management.")).containsExactly("e:db");
  }

  @Test
  void keepsGenericLabelsOut() {
    assertThat(ids("Good communication and teamwork.")).isEmpty();
  }

  @Test
  void needsLanguageContextForNaturalLanguages() {
    assertThat(ids("Fluent English and German are required."))
        .containsExactlyInAnyOrder("e:english", "e:german");
    assertThat(ids("The English team runs our UK office.")).isEmpty();
  }
}
