package org.credmatch.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A web site on another origin (another loopback port) that serves fixed HTML pages, to embed the
 * widget the way a third-party site would. Pages are looked up in the given map at request time, so
 * a concurrent map may be filled after start (once the API's port is known); thread-safe.
 */
final class OriginServer implements AutoCloseable {

  private final HttpServer server;

  private OriginServer(HttpServer server) {
    this.server = server;
  }

  /** Serves each page's HTML at its path (path -> HTML); other paths answer 404. */
  static OriginServer start(Map<String, String> pages) throws IOException {
    var address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
    var server = HttpServer.create(address, 0);
    server.createContext(
        "/", exchange -> answer(exchange, pages.get(exchange.getRequestURI().getPath())));
    server.start();
    return new OriginServer(server);
  }

  private static void answer(HttpExchange exchange, String html) throws IOException {
    byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
    exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** This site's origin, e.g. "http://127.0.0.1:40123". */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
