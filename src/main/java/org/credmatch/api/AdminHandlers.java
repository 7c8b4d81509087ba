package org.credmatch.api;

import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.importer.ImportProblem;
import org.credmatch.catalog.importer.ImportReport;
import org.credmatch.catalog.importer.JsonLinesFormat;
import org.credmatch.catalog.importer.StreamingImport;
import org.credmatch.index.IndexUpdater;
import org.credmatch.skills.Curation;
import org.credmatch.skills.CurationException;
import org.credmatch.skills.CurationFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin API: add, replace and delete credentials, one at a time or by bulk JSON-lines import,
 * behind the admin key. Each request's changes land as atomic batches ({@link IndexUpdater}), so
 * readers see the catalog before a batch or after it. Safe for concurrent requests: batches are
 * serialised by the served catalog.
 */
final class AdminHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(AdminHandlers.class);

  /** Path prefix of every admin route. */
  static final String PREFIX = "/api/v1/admin/";

  /** Records committed per batch by default in a bulk import. */
  static final int DEFAULT_BATCH = 500;

  /** Most records per batch. */
  static final int MAX_BATCH = 10_000;

  /** Most records in one bulk import request. */
  static final int MAX_RECORDS = 100_000;

  private final ApiServices services;
  private final Handlers bodies;

  AdminHandlers(ApiServices services, Handlers bodies) {
    this.services = services;
    this.bodies = bodies;
  }

  /** Refuses admin requests when the admin API is off or the key is missing or wrong. */
  void authorize(Context ctx) {
    AdminServices admin = services.admin();
    if (!admin.enabled()) {
      throw ApiException.notFound(
          "the admin API is off: start the server with CREDMATCH_ADMIN_KEY set to a secret of at"
              + " least "
              + AdminKey.MIN_LENGTH
              + " characters");
    }
    String header = ctx.header("Authorization");
    String presented =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7)
            : null;
    if (!admin.key().matches(presented)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"credmatch-admin\"");
      throw new ApiException(
          401,
          "Unauthorized",
          presented == null
              ? "send the admin key as 'Authorization: Bearer <key>'"
              : "the admin key is wrong");
    }
  }

  /** {@code PUT /api/v1/admin/credentials/{id}}: adds or replaces one credential. */
  void put(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiException.badRequest("the request body is empty: send the credential as JSON");
    }
    String line = body.replace('\n', ' ').replace('\r', ' ');
    List<Credential> accepted = new ArrayList<>();
    ImportReport report = importer().read(new StringReader(line), 1, accepted::addAll);
    if (accepted.isEmpty()) {
      throw ApiException.badRequest(
          "the credential is invalid: "
              + report.problems().stream().map(ImportProblem::reason).findFirst().orElse("?"));
    }
    Credential credential = accepted.getFirst();
    if (!credential.id().equals(id)) {
      throw ApiException.badRequest(
          "the body's 'id' ('" + credential.id() + "') differs from the path's ('" + id + "')");
    }
    IndexUpdater.Result result =
        services.catalog().apply(new IndexUpdater.Batch(List.of(credential), List.of()));
    LOG.info(
        "admin put {}: {} in {} ms",
        id,
        result.created() > 0 ? "created" : "updated",
        result.millis());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("status", result.created() > 0 ? "created" : "updated");
    out.put("credential", credential);
    out.put("warnings", report.warnings().stream().map(ImportProblem::reason).toList());
    out.put("credentials", result.documents());
    ctx.status(result.created() > 0 ? 201 : 200).json(out);
  }

  /** {@code DELETE /api/v1/admin/credentials/{id}}: removes one credential. */
  void delete(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    IndexUpdater.Result result =
        services.catalog().apply(new IndexUpdater.Batch(List.of(), List.of(id)));
    if (result.deleted() == 0) {
      throw ApiException.notFound("no credential has id '" + id + "'");
    }
    LOG.info("admin delete {} in {} ms", id, result.millis());
    ctx.json(Map.of("id", id, "status", "deleted", "credentials", result.documents()));
  }

  /**
   * {@code POST /api/v1/admin/credentials}: a bulk import of JSON lines, committed in batches of
   * {@code batchSize} records, each atomically and in file order. Bad records are reported by line
   * and skipped; re-sending the same file is safe (records are upserted by id).
   */
  void importLines(Context ctx) throws IOException {
    int batchSize =
        Objects.requireNonNullElse(QueryParams.integer(ctx, "batchSize"), DEFAULT_BATCH);
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw ApiException.badRequest(
          "'batchSize' must be between 1 and " + MAX_BATCH + ", was " + batchSize);
    }
    var tally = new Tally();
    ImportReport report;
    try (var in = new BufferedReader(new InputStreamReader(ctx.bodyInputStream(), utf8()))) {
      report = importer().read(new LimitedLines(in, MAX_RECORDS), batchSize, tally::commit);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw ApiException.badRequest(
          "the body is not UTF-8 text; " + tally.summary() + " before the bad bytes");
    } catch (LimitedLines.TooManyLines e) {
      throw new ApiException(
          413,
          "Too many records",
          "at most "
              + MAX_RECORDS
              + " lines per request: "
              + tally.summary()
              + "; split the file into parts of at most "
              + MAX_RECORDS
              + " lines and send each (re-sending committed records is safe)");
    }
    if (report.sources().getFirst().read() == 0) {
      throw ApiException.badRequest(
          "the request body is empty: send JSON lines, one credential each");
    }
    ctx.json(tally.response(report, services.catalog().size()));
  }

  /** {@code GET /api/v1/admin/curation}: the curator controls in force. */
  void curation(Context ctx) {
    ctx.json(curationJson(services.admin().curation().current()));
  }

  /**
   * {@code PUT /api/v1/admin/curation}: replaces the curator controls. They are checked against the
   * taxonomy first (400 listing every problem, nothing changed), saved to the curation folder, then
   * applied to the next extraction; no restart.
   */
  void putCuration(Context ctx) throws IOException {
    CurationBody body = bodies.body(ctx, CurationBody.class);
    Curation next =
        new Curation(
            body.deny(), mappings("synonyms", body.synonyms()), mappings("forced", body.forced()));
    AdminServices admin = services.admin();
    synchronized (admin.curation()) {
      try {
        admin.curation().validate(next);
      } catch (CurationException e) {
        throw ApiException.badRequest(
            "the curation was not changed: " + String.join("; ", e.problems()));
      }
      List<String> unwritable = CurationFiles.unwritable(next);
      if (!unwritable.isEmpty()) {
        throw ApiException.badRequest(
            "the curation was not changed: " + String.join("; ", unwritable));
      }
      CurationFiles.save(admin.curationDir(), next);
      admin.curation().apply(next);
    }
    LOG.info(
        "admin curation: {} denied, {} synonyms, {} forced",
        next.deny().size(),
        next.synonyms().size(),
        next.forced().size());
    ctx.json(curationJson(admin.curation().current()));
  }

  private static List<Curation.Mapping> mappings(String field, List<CurationBody.Entry> entries) {
    List<Curation.Mapping> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CurationBody.Entry e = entries.get(i);
      if (e == null || e.phrase() == null || e.target() == null) {
        throw ApiException.badRequest(
            "'" + field + "[" + i + "]' needs a 'phrase' and a 'target' (a skill id or label)");
      }
      out.add(new Curation.Mapping(e.phrase(), e.target()));
    }
    return out;
  }

  private static Map<String, Object> curationJson(Curation c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("deny", c.deny());
    out.put("synonyms", c.synonyms().stream().map(AdminHandlers::mappingJson).toList());
    out.put("forced", c.forced().stream().map(AdminHandlers::mappingJson).toList());
    return out;
  }

  private static Map<String, String> mappingJson(Curation.Mapping m) {
    return Map.of("phrase", m.phrase(), "target", m.target());
  }

  /**
   * The body of a curation replacement.
   *
   * @param deny phrases or skill ids never extracted
   * @param synonyms extra names of taxonomy skills
   * @param forced phrases that always mean one skill
   */
  record CurationBody(List<String> deny, List<Entry> synonyms, List<Entry> forced) {
    CurationBody {
      deny = deny == null ? List.of() : deny;
      synonyms = synonyms == null ? List.of() : synonyms;
      forced = forced == null ? List.of() : forced;
    }

    /**
     * One mapping.
     *
     * @param phrase the words as found in ads
     * @param target a taxonomy skill id or label
     */
    record Entry(String phrase, String target) {}
  }

  private StreamingImport importer() {
    return new StreamingImport("request", new JsonLinesFormat(), services.admin().tagger());
  }

  private static java.nio.charset.CharsetDecoder utf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** What the batches of one import did. Used from the request's thread only. */
  private final class Tally {
    int batches;
    int created;
    int updated;

    void commit(List<Credential> batch) {
      try {
        IndexUpdater.Result r = services.catalog().apply(new IndexUpdater.Batch(batch, List.of()));
        batches++;
        created += r.created();
        updated += r.updated();
        LOG.info("admin import batch {}: {} records in {} ms", batches, batch.size(), r.millis());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String summary() {
      return (created + updated) + " records were committed in " + batches + " batches";
    }

    Map<String, Object> response(ImportReport report, int size) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("read", report.sources().getFirst().read());
      out.put("imported", report.imported());
      out.put("created", created);
      out.put("updated", updated);
      out.put("batches", batches);
      out.put("problems", report.problems().stream().map(AdminHandlers::problem).toList());
      out.put("warnings", report.warnings().stream().map(AdminHandlers::problem).toList());
      out.put("credentials", size);
      return out;
    }
  }

  private static Map<String, Object> problem(ImportProblem p) {
    return Map.of(
        "line",
        p.line(),
        "kind",
        p.kind().name().toLowerCase(java.util.Locale.ROOT),
        "reason",
        p.reason());
  }
}
