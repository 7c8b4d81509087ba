package org.credmatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionTest {

  @TempDir Path dir;

  private static Regression.Run run(String path, double f1) {
    return new Regression.Run(
        "credmatch eval extraction --data " + path,
        List.of(new Regression.DataRef(path, "ab12")),
        new TreeMap<>(Map.of("overlap.BOTH.f1", f1)));
  }

  @Test
  void roundTripsThroughJson() throws IOException {
    Regression regression = new Regression("pin", "cafe", 0.005, List.of(run("a.conll", 0.6)));
    Path file = dir.resolve("r.json");

    regression.write(file);

    assertThat(Regression.read(file)).isEqualTo(regression);
  }

  @Test
  void replacesTheRunOnTheSameDataForTheSameModel() {
    Regression regression =
        new Regression("pin", "cafe", 0.005, List.of(run("a.conll", 0.6), run("b.json", 0.5)));

    Regression updated = regression.with("cafe", run("a.conll", 0.7));

    assertThat(updated.runs()).containsExactly(run("b.json", 0.5), run("a.conll", 0.7));
  }

  @Test
  void startsOverForAnotherModel() {
    Regression regression = new Regression("pin", "cafe", 0.005, List.of(run("b.json", 0.5)));

    Regression updated = regression.with("beef", run("a.conll", 0.7));

    assertThat(updated.modelSha256()).isEqualTo("beef");
    assertThat(updated.runs()).containsExactly(run("a.conll", 0.7));
  }
}
