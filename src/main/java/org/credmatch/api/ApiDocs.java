package org.credmatch.api;

import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the hand-written OpenAPI 3.1 document ({@code /openapi.json}) and the self-hosted page
 * that renders it ({@code /docs}), both as committed classpath resources read once when the route
 * is built. The handlers hold only immutable bytes; thread-safe.
 */
public final class ApiDocs {

  /** Classpath location of the OpenAPI document. */
  public static final String OPENAPI = "/openapi/openapi.json";

  static final String PAGE = "/openapi/docs.html";

  private ApiDocs() {}

  /** A handler answering with the OpenAPI document as-is. */
  static Handler openapi() {
    byte[] body = resource(OPENAPI);
    return ctx -> ctx.contentType("application/json; charset=utf-8").result(body);
  }

  /** A handler answering with the documentation page. */
  static Handler page() {
    byte[] body = resource(PAGE);
    return ctx -> ctx.contentType("text/html; charset=utf-8").result(body);
  }

  /** The bytes of a packaged resource; a missing one is a broken build, so it fails loudly. */
  static byte[] resource(String path) {
    try (InputStream in = ApiDocs.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
