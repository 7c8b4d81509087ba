package org.credmatch.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.util.ResourceLoader;

/**
 * Where the {@code index-config} files are read from: a folder given by the user, or the copy
 * packaged in the jar. Also serves as the Lucene {@link ResourceLoader} for analyzer resources
 * (synonyms, stop words). Immutable and thread-safe.
 *
 * @param dir the folder, or null for the packaged copy
 */
public record ConfigFiles(Path dir) implements ResourceLoader {

  private static final String PACKAGED = "/index-config/";

  /** The configuration packaged in the jar. */
  public static ConfigFiles packaged() {
    return new ConfigFiles(null);
  }

  /** A folder if it is given, else the packaged configuration. */
  public static ConfigFiles of(Path dirOrNull) {
    return new ConfigFiles(dirOrNull);
  }

  @Override
  public InputStream openResource(String name) throws IOException {
    if (name.contains("..") || name.startsWith("/")) {
      throw new IOException("config file name must be relative to index-config: " + name);
    }
    if (dir != null) {
      return Files.newInputStream(dir.resolve(name));
    }
    InputStream in = ConfigFiles.class.getResourceAsStream(PACKAGED + name);
    if (in == null) {
      throw new NoSuchFileException(PACKAGED + name, null, "not packaged in the jar");
    }
    return in;
  }

  @Override
  public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
    if (!cname.startsWith("org.apache.lucene.analysis.")) {
      throw new IllegalArgumentException(
          "index-config may only name Lucene analysis classes: " + cname);
    }
    try {
      return Class.forName(cname, true, ConfigFiles.class.getClassLoader())
          .asSubclass(expectedType);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("no such Lucene analysis class: " + cname, e);
    }
  }

  /** A description for messages: the folder or "packaged index-config". */
  public String describe() {
    return dir == null ? "packaged index-config" : dir.toString();
  }
}
