package org.credmatch.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's server-level error handler, writing an RFC 9457 problem body instead of Jetty's HTML page
 * for the requests refused before the application sees them: a request line or headers over the
 * limit (414, 431), ambiguous or malformed URIs (400). The detail is fixed text per status, so
 * nothing from the request or from Jetty leaks. Stateless and thread-safe.
 */
final class ProblemErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    String title = HttpStatus.getMessage(code);
    String json =
        ApiServer.json()
            .writeValueAsString(
                new Problem(Problem.typeFor(title), title, code, detail(code), null));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
  }

  static String detail(int code) {
    return switch (code) {
      case 414 ->
          "the request line is too long (over 8 KiB): send long texts in a POST body, e.g."
              + " POST /api/v1/recommendations";
      case 431 -> "the request headers are too large (over 8 KiB in all)";
      case 400 ->
          "the HTTP request is malformed or its path is ambiguous (an encoded '/', '\\', '..'"
              + " or control character): percent-encode ids only where the API says";
      case 404 -> "no such endpoint; see /docs for the API";
      default -> "the HTTP request could not be handled";
    };
  }
}
