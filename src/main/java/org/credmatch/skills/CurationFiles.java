package org.credmatch.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads and writes a {@link Curation} as three text files in one folder ({@code
 * index-config/curation}): {@code deny.txt} (a phrase or taxonomy skill id a line), {@code
 * synonyms.tsv} and {@code forced.tsv} ({@code phrase TAB target}). Blank lines and lines starting
 * with {@code #} are skipped; a missing file is an empty list. Stateless and thread-safe; two
 * concurrent {@link #save}s to the same folder leave each file whole, from one or the other.
 */
public final class CurationFiles {

  /** Denied phrases and skill ids. */
  public static final String DENY = "deny.txt";

  /** Extra names for taxonomy skills. */
  public static final String SYNONYMS = "synonyms.tsv";

  /** Phrases that always name one skill. */
  public static final String FORCED = "forced.tsv";

  /** Class-path folder of the shipped curation. */
  public static final String PACKAGED_DIR = "/index-config/curation/";

  private CurationFiles() {}

  /**
   * Reads the curation in a folder; missing files count as empty.
   *
   * @throws CurationException naming every malformed line (file and line number)
   */
  public static Curation load(Path dir) throws IOException {
    return read(name -> open(dir.resolve(name)));
  }

  /** Reads the curation shipped on the class path (empty when it is not packaged). */
  public static Curation loadPackaged() {
    try {
      return read(name -> CurationFiles.class.getResourceAsStream(PACKAGED_DIR + name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packaged curation", e);
    }
  }

  /**
   * Writes the three files, entries sorted, each through a temporary file moved into place
   * atomically. The comment header of a file already there is kept; a new file gets the shipped
   * header.
   *
   * @throws CurationException when an entry cannot be written as a line (see {@link #unwritable})
   */
  public static void save(Path dir, Curation curation) throws IOException {
    List<String> problems = unwritable(curation);
    if (!problems.isEmpty()) {
      throw new CurationException(problems);
    }
    Files.createDirectories(dir);
    write(dir, DENY, curation.deny());
    write(dir, SYNONYMS, curation.synonyms().stream().map(m -> m.phrase() + "\t" + m.target()));
    write(dir, FORCED, curation.forced().stream().map(m -> m.phrase() + "\t" + m.target()));
  }

  private static void write(Path dir, String name, List<String> lines) throws IOException {
    write(dir, name, lines.stream());
  }

  private static void write(Path dir, String name, Stream<String> entries) throws IOException {
    Path file = dir.resolve(name);
    StringBuilder text = new StringBuilder(header(file, name));
    entries.forEach(e -> text.append(e).append('\n'));
    Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The leading comment lines of the file there, or the shipped header of that file. */
  private static String header(Path file, String name) throws IOException {
    String kept = Files.exists(file) ? leadingComments(Files.newBufferedReader(file)) : "";
    if (!kept.isEmpty()) {
      return kept;
    }
    InputStream shipped = CurationFiles.class.getResourceAsStream(PACKAGED_DIR + name);
    if (shipped == null) {
      return "";
    }
    return leadingComments(new InputStreamReader(shipped, StandardCharsets.UTF_8));
  }

  private static String leadingComments(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    try (BufferedReader reader = new BufferedReader(in)) {
      String line = reader.readLine();
      while (line != null && isComment(line)) {
        out.append(line).append('\n');
        line = reader.readLine();
      }
    }
    return out.toString();
  }

  /**
   * Entries that would not read back as written: tabs or line breaks inside, or a leading {@code #}
   * (read as a comment).
   */
  public static List<String> unwritable(Curation curation) {
    List<String> problems = new ArrayList<>();
    curation.deny().forEach(d -> checkLine("deny '" + d + "'", d, problems));
    checkMappings("synonyms", curation.synonyms(), problems);
    checkMappings("forced", curation.forced(), problems);
    return problems;
  }

  private static void checkMappings(
      String list, List<Curation.Mapping> mappings, List<String> problems) {
    for (Curation.Mapping m : mappings) {
      checkLine(list + " '" + m.phrase() + "'", m.phrase(), problems);
      checkLine(list + " '" + m.phrase() + "' target", m.target(), problems);
    }
  }

  private static void checkLine(String name, String value, List<String> problems) {
    if (value.contains("\t") || value.contains("\n") || value.contains("\r")) {
      problems.add(name + ": contains a tab or line break");
    } else if (value.startsWith("#")) {
      problems.add(name + ": starts with '#', which the files read as a comment");
    }
  }

  /** Opens one file, or null when it is not there. */
  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  private static InputStream open(Path file) throws IOException {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static Curation read(Opener files) throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> deny = lines(files, DENY, problems, Function.identity());
    var synonyms = lines(files, SYNONYMS, problems, CurationFiles::mapping);
    var forced = lines(files, FORCED, problems, CurationFiles::mapping);
    if (!problems.isEmpty()) {
      throw new CurationException(problems);
    }
    return new Curation(deny, synonyms, forced);
  }

  /** "phrase TAB target", or null when the line has not exactly two columns. */
  private static Curation.Mapping mapping(String line) {
    String[] cols = line.split("\t", -1);
    return cols.length == 2 ? new Curation.Mapping(cols[0], cols[1]) : null;
  }

  private static <T> List<T> lines(
      Opener files, String name, List<String> problems, Function<String, T> parse)
      throws IOException {
    InputStream in = files.open(name);
    if (in == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || isComment(line)) {
          continue;
        }
        T entry = parse.apply(line.strip());
        if (entry == null) {
          problems.add(name + " line " + lineNo + ": expected 'phrase TAB target'");
        } else {
          out.add(entry);
        }
      }
    }
    return out;
  }

  private static boolean isComment(String line) {
    return line.stripLeading().startsWith("#");
  }
}
