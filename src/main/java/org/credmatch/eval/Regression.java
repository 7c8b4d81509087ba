package org.credmatch.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A committed evaluation result: which model, on which data (by SHA-256), by which command, gave
 * which figures. Immutable; read and written as JSON under {@code src/test/resources/regressions}.
 *
 * @param name what is being pinned
 * @param modelSha256 SHA-256 of the evaluated model file
 * @param tolerance largest accepted absolute difference of a figure
 * @param runs one evaluation per data set
 */
public record Regression(String name, String modelSha256, double tolerance, List<Run> runs) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  public Regression {
    runs = List.copyOf(runs);
  }

  /**
   * One evaluated data set and its expected figures (keys of {@link ExtractionReport#figures()}).
   *
   * @param command the command that measured (and with {@code --save}, wrote) these figures
   * @param data the files, with paths relative to the shared data folder
   * @param expected figure key to expected value
   */
  public record Run(String command, List<DataRef> data, SortedMap<String, Double> expected) {
    public Run {
      data = List.copyOf(data);
      expected = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(expected));
    }
  }

  /**
   * A data file by path relative to the shared data folder and checksum.
   *
   * @param path e.g. {@code skillspan/skillspan_house_dev.conll}
   * @param sha256 lower-case hex
   */
  public record DataRef(String path, String sha256) {}

  /** The figures of {@code report}, rounded to 4 decimals, as a run's expectations. */
  public static Run runOf(String command, List<DataRef> data, ExtractionReport report) {
    SortedMap<String, Double> expected = new TreeMap<>();
    for (Map.Entry<String, Double> e : report.figures().entrySet()) {
      expected.put(e.getKey(), Math.round(e.getValue() * 10_000) / 10_000.0);
    }
    return new Run(command, data, expected);
  }

  /**
   * This regression with {@code run} added, replacing a run on the same data; a different model
   * checksum starts over with {@code run} alone.
   */
  public Regression with(String modelSha256, Run run) {
    List<Run> kept =
        modelSha256.equals(this.modelSha256)
            ? runs.stream().filter(r -> !r.data().equals(run.data())).toList()
            : List.of();
    List<Run> all = new java.util.ArrayList<>(kept);
    all.add(run);
    return new Regression(name, modelSha256, tolerance, all);
  }

  public static Regression read(InputStream in) throws IOException {
    return JSON.readValue(in, Regression.class);
  }

  public static Regression read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Writes pretty-printed JSON with sorted keys and a final newline. */
  public void write(Path file) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(this) + "\n");
  }
}
