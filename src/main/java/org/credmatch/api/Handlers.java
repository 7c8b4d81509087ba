package org.credmatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

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
    ctx.json(Map.of("status", "ready", "credentials", services.index().size()));
  }

  void recommend(Context ctx) throws IOException {
    var request = validator.recommendation(body(ctx, RecommendationBody.class));
    ctx.json(services.recommender().recommend(request));
  }

  void extract(Context ctx) {
    var body = body(ctx, TextBody.class);
    ctx.json(services.extractor().extract(validator.text("text", body.text())));
  }

  void credential(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(
        services
            .index()
            .get(id)
            .orElseThrow(() -> ApiException.notFound("no credential has id '" + id + "'")));
  }

  /** Parses a JSON body; malformed JSON or wrong types are refused naming the field. */
  private <T> T body(Context ctx, Class<T> type) {
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
