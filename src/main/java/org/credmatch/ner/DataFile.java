package org.credmatch.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A data file named with its SHA-256, so every reported figure can be tied to exact bytes.
 * Immutable.
 *
 * @param name the file name (no directory: the data lives outside the project)
 * @param sha256 lower-case hex digest of the file's bytes
 */
public record DataFile(String name, String sha256) {

  /** Names and hashes {@code file}. */
  public static DataFile of(Path file) throws IOException {
    return new DataFile(file.getFileName().toString(), sha256(file));
  }

  /** The lower-case hex SHA-256 of a file's bytes. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  /** The lower-case hex SHA-256 of a stream's remaining bytes; the caller closes the stream. */
  public static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
