package org.credmatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.credmatch.search.RecommendationRequest;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Requirement;
import org.credmatch.skills.Source;
import org.credmatch.taxonomy.Skill;

/** The route handlers. Stateless apart from thread-safe services; safe for concurrent requests. */
final class Handlers {

  private final ApiServices services;
  private final ObjectMapper reader;
  private final RequestValidator validator;

  Handlers(ApiServices services, ObjectMapper mapper) {
    this.services = services;
    this.reader =
        mapper
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    this.validator = new RequestValidator(services.ranking().limits());
  }

  void health(Context ctx) {
    ctx.json(Map.of("status", "ok"));
  }

  void ready(Context ctx) {
    ctx.json(Map.of("status", "ready", "credentials", services.catalog().size()));
  }

  void recommend(Context ctx) throws IOException {
    var request = validator.recommendation(body(ctx, RecommendationBody.class));
    try (var lease = services.catalog().acquire()) {
      ctx.json(lease.snapshot().recommender().recommend(request));
    }
  }

  void extract(Context ctx) {
    var body = body(ctx, TextBody.class);
    ctx.json(services.extractor().extract(validator.text("text", body.text())));
  }

  void credential(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    try (var lease = services.catalog().acquire()) {
      ctx.json(
          lease
              .snapshot()
              .index()
              .get(id)
              .orElseThrow(() -> ApiException.notFound("no credential has id '" + id + "'")));
    }
  }

  void searchCredentials(Context ctx) throws IOException {
    List<ExtractedSkill> skills = new ArrayList<>();
    for (String id : QueryParams.list(ctx, "skills")) {
      Skill skill =
          services
              .taxonomy()
              .get(id)
              .or(() -> services.taxonomy().findByLabel(id))
              .orElseThrow(
                  () ->
                      ApiException.badRequest(
                          "'skills' has unknown skill '"
                              + id
                              + "': use ids or labels from /api/v1/skills/suggest"));
      skills.add(
          new ExtractedSkill(
              skill.id(),
              skill.label(),
              skill.type(),
              Source.TAXONOMY,
              Requirement.REQUIRED,
              null,
              1.0,
              1.0,
              List.of()));
    }
    String words = ctx.queryParam("q");
    if (skills.isEmpty() && (words == null || words.isBlank())) {
      throw ApiException.badRequest(
          "give 'skills' (taxonomy ids or labels, comma-separated) or 'q' (words), or both");
    }
    int limit =
        Objects.requireNonNullElse(
            QueryParams.integer(ctx, "limit"), services.ranking().limits().defaultLimit());
    int offset = Objects.requireNonNullElse(QueryParams.integer(ctx, "offset"), 0);
    validator.checkPage(limit, offset);
    if (words != null) {
      validator.text("q", words);
    }
    var page =
        new RecommendationRequest(
            "", null, QueryParams.filters(ctx, validator), null, limit, offset);
    try (var lease = services.catalog().acquire()) {
      ctx.json(lease.snapshot().recommender().search(skills, words, page));
    }
  }

  void suggest(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiException.badRequest("'q' is required: the start of a skill name");
    }
    int limit = Objects.requireNonNullElse(QueryParams.integer(ctx, "limit"), 10);
    if (limit < 1 || limit > 50) {
      throw ApiException.badRequest("'limit' must be between 1 and 50, was " + limit);
    }
    try (var lease = services.catalog().acquire()) {
      ctx.json(
          Map.of(
              "suggestions",
              lease
                  .snapshot()
                  .suggester()
                  .suggest(q.length() > 200 ? q.substring(0, 200) : q, limit)));
    }
  }

  /** Parses a JSON body; malformed JSON or wrong types are refused naming the field. */
  <T> T body(Context ctx, Class<T> type) {
    String raw = ctx.body();
    if (raw.isBlank()) {
      throw ApiException.badRequest("the request body is empty: send a JSON object");
    }
    try {
      T value = reader.readValue(raw, type);
      if (value == null) {
        throw ApiException.badRequest("the request body must be a JSON object, not null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.badRequest(
          "unknown field '"
              + path(e)
              + "'; allowed: "
              + e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    } catch (JsonMappingException e) {
      String field = path(e);
      throw ApiException.badRequest(
          field.isEmpty()
              ? "the request body must be a JSON object"
              : "field '" + field + "' has the wrong type or value");
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "the request body is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  /**
   * A body with just a text.
   *
   * @param text the text to analyse
   */
  record TextBody(String text) {}
}
