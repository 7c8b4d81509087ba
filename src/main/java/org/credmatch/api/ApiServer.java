package org.credmatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.UUID;
import java.util.regex.Pattern;
import org.credmatch.api.ops.Ops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Builds the Javalin application: routes, JSON, request ids, CORS and problem responses. The
 * returned app is configured once and immutable after start; handlers run concurrently.
 */
public final class ApiServer {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private ApiServer() {}

  /** The JSON mapper used for responses: nulls omitted, records as objects. */
  public static ObjectMapper json() {
    return JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build();
  }

  /** A configured, not yet started, app. */
  public static Javalin create(ApiServices services) {
    return create(services, null);
  }

  /** A configured, not yet started, app guarded by {@code ops} (null: unguarded). */
  public static Javalin create(ApiServices services, Ops ops) {
    ObjectMapper mapper = json();
    var handlers = new Handlers(services, mapper);
    var admin = new AdminHandlers(services, handlers);
    return Javalin.create(
        config -> {
          configure(config, services, mapper, handlers, ops);
          adminRoutes(config, admin);
        });
  }

  private static void configure(
      JavalinConfig config, ApiServices services, ObjectMapper mapper, Handlers h, Ops ops) {
    config.startup.showJavalinBanner = false;
    config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
    config.jetty.modifyServletContextHandler(
        context -> context.setErrorHandler(new ProblemErrorHandler()));
    config.jsonMapper(new JavalinJackson(mapper, false));
    config.http.maxRequestSize =
        Math.max(1_000_000L, 8L * services.ranking().limits().maxTextChars());
    if (!services.corsOrigins().isEmpty()) {
      config.bundledPlugins.enableCors(
          cors -> cors.addRule(rule -> services.corsOrigins().forEach(o -> rule.allowHost(o))));
    }
    config.staticFiles.add("/web", io.javalin.http.staticfiles.Location.CLASSPATH);
    config.routes.before(ApiServer::assignRequestId);
    if (ops != null) {
      ops.install(config);
    }
    config.routes.after(ctx -> MDC.clear());
    config.routes.get("/health", h::health);
    config.routes.get("/ready", h::ready);
    config.routes.post("/api/v1/recommendations", h::recommend);
    config.routes.post("/api/v1/skills/extract", h::extract);
    config.routes.get("/api/v1/credentials/{id}", h::credential);
    config.routes.get("/api/v1/credentials", h::searchCredentials);
    config.routes.get("/api/v1/skills/suggest", h::suggest);
    config.routes.get("/openapi.json", ApiDocs.openapi());
    config.routes.get("/docs", ApiDocs.page());
    config.routes.exception(
        ApiException.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage()));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> problem(ctx, e.getStatus(), e.getMessage(), httpDetail(e.getStatus())));
    config.routes.exception(Exception.class, ApiServer::internalError);
  }

  private static void adminRoutes(JavalinConfig config, AdminHandlers admin) {
    config.routes.before(AdminHandlers.PREFIX + "*", admin::authorize);
    config.routes.put(AdminHandlers.PREFIX + "credentials/{id}", admin::put);
    config.routes.delete(AdminHandlers.PREFIX + "credentials/{id}", admin::delete);
    config.routes.post(AdminHandlers.PREFIX + "credentials", admin::importLines);
    config.routes.get(AdminHandlers.PREFIX + "curation", admin::curation);
    config.routes.put(AdminHandlers.PREFIX + "curation", admin::putCuration);
  }

  private static void assignRequestId(Context ctx) {
    String given = ctx.header(REQUEST_ID);
    String id =
        given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.attribute(REQUEST_ID, id);
    ctx.header(REQUEST_ID, id);
    MDC.put("requestId", id);
  }

  static void problem(Context ctx, int status, String title, String detail) {
    String id = ctx.attribute(REQUEST_ID);
    ctx.status(status)
        .json(new Problem(Problem.typeFor(title), title, status, detail, id))
        .contentType("application/problem+json");
  }

  private static void internalError(Exception e, Context ctx) {
    LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
    problem(
        ctx,
        500,
        "Internal error",
        "the server failed to answer; quote the request id when reporting it");
  }

  private static String httpDetail(int status) {
    return switch (status) {
      case 404 -> "no such endpoint; see /docs for the API";
      case 405 -> "this endpoint does not take that HTTP method";
      case 413 -> "the request body is too large";
      default -> "the request could not be handled";
    };
  }
}
