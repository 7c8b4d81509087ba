package org.credmatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialValidatorTest {

  private final CredentialValidator validator = new CredentialValidator();

  private static Credential valid() {
    return new Credential(
        "edx:how-to-learn-online",
        "How to Learn Online",
        "edX",
        CredentialType.COURSE,
        "https://www.edx.org/course/how-to-learn-online",
        List.of(new CredentialSkill(null, "Online learning", true)),
        Level.BEGINNER,
        new Duration(5.0, "2 Weeks"),
        "2–3 hours per week",
        new Cost(0.0, "USD", true, 49.0),
        new Delivery(Delivery.Mode.ONLINE, Delivery.Pacing.SELF_PACED),
        "en",
        "Education & Teacher Training");
  }

  @Test
  void acceptsACompleteCredential() {
    assertThat(validator.validate(valid())).isEmpty();
  }

  @Test
  void collectsEveryMissingRequiredField() {
    var empty =
        new Credential(null, " ", null, null, null, null, null, null, null, null, null, null, null);
    assertThat(validator.validate(empty))
        .extracting(CredentialValidator.Violation::message)
        .containsExactly(
            "id is required",
            "title is required",
            "provider is required",
            "type is required",
            "url is required");
  }

  @Test
  void rejectsRelativeAndNonWebUrls() {
    var c = valid();
    for (String url :
        List.of("/learn/python", "ftp://example.org/x", "https:///nohost", "not a url")) {
      var bad =
          new Credential(
              c.id(),
              c.title(),
              c.provider(),
              c.type(),
              url,
              c.skills(),
              c.level(),
              c.duration(),
              c.effort(),
              c.cost(),
              c.delivery(),
              c.language(),
              c.subject());
      assertThat(validator.validate(bad))
          .as(url)
          .singleElement()
          .isEqualTo(
              new CredentialValidator.Violation(
                  "url", "url must be an absolute http(s) URL ('" + url + "')"));
    }
  }

  @Test
  void rejectsNegativeAmountsZeroHoursAndBadCodesTogether() {
    var c = valid();
    var bad =
        new Credential(
            "edx: spaced",
            c.title(),
            c.provider(),
            c.type(),
            c.url(),
            List.of(new CredentialSkill("x", " ", false)),
            c.level(),
            new Duration(0.0, "0 h"),
            c.effort(),
            new Cost(-1.0, "usd", false, -2.0),
            c.delivery(),
            "English",
            c.subject());
    assertThat(validator.validate(bad))
        .extracting(CredentialValidator.Violation::message)
        .hasSize(7)
        .anyMatch(e -> e.startsWith("id must not contain spaces"))
        .anyMatch(e -> e.startsWith("duration hours must be greater than 0"))
        .anyMatch(e -> e.startsWith("cost amount must not be negative"))
        .anyMatch(e -> e.startsWith("certificate price must not be negative"))
        .anyMatch(e -> e.startsWith("currency must be an ISO 4217 code"))
        .anyMatch(e -> e.startsWith("language must be a language code"))
        .anyMatch(e -> e.equals("every skill needs a label"));
  }
}
