package org.credmatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fictional job ads the benchmarks use, written for this project: about 300, 600 and 1,500
 * words. Stateless and thread-safe.
 */
public final class BenchAds {

  private BenchAds() {}

  /** Label ("300", "600", "1500") to ad text, shortest first. */
  public static Map<String, String> all() {
    Map<String, String> ads = new LinkedHashMap<>();
    ads.put("300", read("/bench/ad-300-words.md"));
    ads.put("600", read(ExtractionBenchmark.AD_RESOURCE));
    ads.put("1500", read("/bench/ad-1500-words.md"));
    return ads;
  }

  /** White-space separated words of {@code text}. */
  public static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static String read(String resource) {
    try (InputStream in = BenchAds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
