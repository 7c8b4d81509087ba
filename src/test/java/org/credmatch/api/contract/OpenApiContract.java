package org.credmatch.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.credmatch.api.ApiDocs;

/**
 * The committed OpenAPI document, read from the classpath, and a checker of HTTP responses against
 * the schemas it declares. Immutable after construction; thread-safe for checking.
 */
final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonNode doc;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  OpenApiContract() {
    try (InputStream in = OpenApiContract.class.getResourceAsStream(ApiDocs.OPENAPI)) {
      this.doc = JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode document() {
    return doc;
  }

  /** Every documented operation as "METHOD /path", sorted. */
  TreeSet<String> operations() {
    var out = new TreeSet<String>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      var path = it.next();
      path.getValue().fieldNames().forEachRemaining(m -> out.add(opKey(m, path.getKey())));
    }
    return out;
  }

  static String opKey(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }

  /**
   * Problems with a response to an operation: an undocumented status or content type, a body that
   * is not JSON, or schema violations. Empty when the response honours the contract.
   */
  List<String> violations(String method, String path, HttpResponse<String> response) {
    JsonNode op = doc.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    if (op.isMissingNode()) {
      return List.of("undocumented operation " + opKey(method, path));
    }
    JsonNode declared = resolve(op.path("responses").path(String.valueOf(response.statusCode())));
    if (declared.isMissingNode()) {
      return List.of(
          "undocumented status " + response.statusCode() + " for " + opKey(method, path));
    }
    String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    JsonNode media = declared.path("content").path(type);
    if (media.isMissingNode()) {
      return List.of("undocumented content type '" + type + "' for " + response.statusCode());
    }
    return type.endsWith("json") ? validate(media.get("schema"), response.body()) : List.of();
  }

  /** Schema violations of a JSON text against a schema of the document (usually a $ref). */
  List<String> validate(JsonNode schema, String body) {
    JsonNode value;
    try {
      value = JSON.readTree(body);
    } catch (IOException e) {
      return List.of("body is not JSON: " + e.getMessage());
    }
    List<String> out = new ArrayList<>();
    for (Error error : compile(schema).validate(value)) {
      out.add(error.toString());
    }
    return out;
  }

  /** The schema of a named component, for direct checks. */
  JsonNode component(String name) {
    return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
  }

  /** Compiles a schema with the document's components as {@code $defs} (refs rewritten). */
  private Schema compile(JsonNode schema) {
    return compiled.computeIfAbsent(schema.toString(), this::compileText);
  }

  private Schema compileText(String schemaText) {
    try {
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.set("allOf", JSON.createArrayNode().add(JSON.readTree(localRefs(schemaText))));
      root.set("$defs", JSON.readTree(localRefs(doc.get("components").get("schemas").toString())));
      return registry.getSchema(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String localRefs(String json) {
    return json.replace("\"#/components/schemas/", "\"#/$defs/");
  }

  private JsonNode resolve(JsonNode node) {
    return Optional.ofNullable(node.get("$ref"))
        .map(ref -> doc.at(ref.asText().substring(1)))
        .orElse(node);
  }
}
