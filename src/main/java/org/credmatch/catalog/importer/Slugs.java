package org.credmatch.catalog.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

/** Stable id parts taken from program URLs. Thread-safe (stateless). */
final class Slugs {

  private Slugs() {}

  /** The non-empty path segments of an absolute URL, or an empty list when it has none. */
  static List<String> pathSegments(String url) {
    if (url == null) {
      return List.of();
    }
    try {
      String path = new URI(url.strip()).getPath();
      if (path == null) {
        return List.of();
      }
      return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    } catch (URISyntaxException e) {
      return List.of();
    }
  }

  /** The last path segment of a URL ("how-to-learn-online"), or null when there is none. */
  static String last(String url) {
    List<String> segments = pathSegments(url);
    return segments.isEmpty() ? null : segments.get(segments.size() - 1);
  }
}
