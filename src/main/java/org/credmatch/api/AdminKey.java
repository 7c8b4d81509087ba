package org.credmatch.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The admin API key, kept only as its SHA-256 digest. Presented keys are hashed and compared in
 * constant time ({@link MessageDigest#isEqual} over fixed-length digests), so neither the content
 * nor the length of the key leaks through response timing. Immutable and thread-safe.
 */
public final class AdminKey {

  /** Shortest key accepted: anything shorter is too easy to guess. */
  public static final int MIN_LENGTH = 16;

  private final byte[] digest;

  private AdminKey(byte[] digest) {
    this.digest = digest;
  }

  /**
   * The key from its text (typically {@code CREDMATCH_ADMIN_KEY}).
   *
   * @throws IllegalArgumentException when it is shorter than {@value #MIN_LENGTH} characters
   */
  public static AdminKey of(String key) {
    if (key == null || key.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "CREDMATCH_ADMIN_KEY must be at least "
              + MIN_LENGTH
              + " characters (e.g. the output of: openssl rand -hex 24)");
    }
    return new AdminKey(sha256(key.strip()));
  }

  /** True when {@code presented} is the key. */
  public boolean matches(String presented) {
    return presented != null && MessageDigest.isEqual(digest, sha256(presented.strip()));
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
