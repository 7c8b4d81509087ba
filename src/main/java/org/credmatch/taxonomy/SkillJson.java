package org.credmatch.taxonomy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link Skill} JSON lines with Jackson's streaming parser: the shipped taxonomy loads in a
 * fraction of the time object mapping takes on a cold JVM. Unknown fields are skipped. Stateless
 * and thread-safe.
 */
final class SkillJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private SkillJson() {}

  /** Every skill object in {@code reader}, up to the end of input. */
  static List<Skill> readAll(Reader reader) throws IOException {
    List<Skill> skills = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(reader)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new JsonParseException(p, "expected a skill object, found " + t);
        }
        skills.add(readSkill(p));
      }
    }
    return skills;
  }

  private static Skill readSkill(JsonParser p) throws IOException {
    String id = null;
    String label = null;
    String group = null;
    SkillType type = null;
    boolean hot = false;
    List<String> alts = List.of();
    List<String> sources = List.of();
    List<String> sourceIds = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> id = p.getValueAsString();
        case "label" -> label = p.getValueAsString();
        case "group" -> group = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
        case "type" -> type = SkillType.parse(p.getValueAsString());
        case "hot" -> hot = p.getValueAsBoolean();
        case "altLabels" -> alts = strings(p);
        case "sources" -> sources = strings(p);
        case "sourceIds" -> sourceIds = strings(p);
        default -> p.skipChildren();
      }
    }
    if (id == null || label == null || type == null) {
      throw new JsonParseException(p, "skill without id, label or type");
    }
    return new Skill(id, label, alts, type, sources, sourceIds, hot, group);
  }

  private static List<String> strings(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new JsonParseException(p, "expected an array of strings");
    }
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(p.getValueAsString());
    }
    return values;
  }
}
