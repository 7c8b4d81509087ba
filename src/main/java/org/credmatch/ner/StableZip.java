package org.credmatch.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip archive with fixed entry times, so that a model trained twice from the same data
 * gives the same bytes. Stateless and thread-safe.
 */
final class StableZip {

  /** 1980-01-01 00:00, the earliest time a zip entry can hold, independent of the time zone. */
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private StableZip() {}

  static byte[] normalize(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_TIME);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
