package org.credmatch.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;

/**
 * The credential attributes that schema fields can be filled from, by field name. The schema says
 * how each is indexed; this class only says where the values come from. Stateless.
 */
final class CredentialFields {

  private static final Map<String, Function<Credential, List<?>>> VALUES =
      Map.ofEntries(
          Map.entry("id", c -> List.of(c.id())),
          Map.entry("title", c -> List.of(c.title())),
          Map.entry(
              "skill_ids",
              c -> skills(c).map(CredentialSkill::id).filter(Objects::nonNull).toList()),
          Map.entry("skill_labels", c -> skills(c).map(CredentialSkill::label).toList()),
          Map.entry(
              "skill_label_keys",
              c ->
                  skills(c)
                      .filter(s -> s.id() == null)
                      .map(s -> LabelText.normalize(s.label()))
                      .filter(k -> !k.isEmpty())
                      .distinct()
                      .toList()),
          Map.entry("subject", c -> optional(c.subject())),
          Map.entry("provider", c -> optional(c.provider())),
          Map.entry("type", c -> optional(c.type() == null ? null : c.type().json())),
          Map.entry("level", c -> optional(c.level() == null ? null : c.level().json())),
          Map.entry(
              "delivery",
              c -> optional(c.delivery().mode() == null ? null : c.delivery().mode().json())),
          Map.entry(
              "pacing",
              c -> optional(c.delivery().pacing() == null ? null : c.delivery().pacing().json())),
          Map.entry("language", c -> optional(c.language())),
          Map.entry("free", c -> List.of(Boolean.toString(c.cost().free()))),
          Map.entry("hours", c -> optional(c.duration().hours())),
          Map.entry("cost", c -> optional(effectiveCost(c))));

  private CredentialFields() {}

  /** Values of {@code field} for {@code credential}; empty when it has none. */
  static List<?> values(String field, Credential credential) {
    Function<Credential, List<?>> f = VALUES.get(field);
    if (f == null) {
      throw new ConfigException(
          "schema.json field '"
              + field
              + "' is not a credential attribute; known: "
              + new java.util.TreeSet<>(VALUES.keySet()),
          null);
    }
    return f.apply(credential);
  }

  /** What it costs to take the program: 0 when free, else the amount, else null (unknown). */
  static Double effectiveCost(Credential c) {
    if (c.cost().free()) {
      return 0.0;
    }
    return c.cost().amount();
  }

  private static Stream<CredentialSkill> skills(Credential c) {
    return c.skills().stream();
  }

  private static List<?> optional(Object value) {
    return value == null ? List.of() : List.of(value);
  }
}
