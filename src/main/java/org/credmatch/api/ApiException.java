package org.credmatch.api;

/**
 * A request the API refuses, with what the user can do about it. Mapped to an {@code
 * application/problem+json} body at the HTTP boundary.
 */
public final class ApiException extends RuntimeException {

  private final int status;
  private final String title;

  public ApiException(int status, String title, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "Invalid request", detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "Not found", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
