package org.credmatch.api;

/**
 * An RFC 9457 problem body.
 *
 * @param type a URI naming the problem kind
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong with this request and how to fix it
 * @param requestId the id of the request, to quote in reports
 */
public record Problem(String type, String title, int status, String detail, String requestId) {

  /**
   * The problem type URN for a title: "Invalid request" is {@code
   * urn:credmatch:problem:invalid-request}.
   */
  static String typeFor(String title) {
    return "urn:credmatch:problem:"
        + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
