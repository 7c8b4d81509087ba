package org.credmatch.eval.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommonAdWordsTest {

  @TempDir Path dir;

  @Test
  void keepsTheWordsOfAtLeastTheGivenShareOfPostings() {
    List<JobPosting> postings =
        List.of(
            new JobPosting("a", "Team management. Forecasting!"),
            new JobPosting("b", "Management of the team"),
            new JobPosting("c", "SQL and management, management"));
    assertThat(CommonAdWords.of(postings, 0.6)).containsExactly("management", "team");
    assertThat(CommonAdWords.of(postings, 1.0)).containsExactly("management");
  }

  @Test
  void theShippedListIsWhatTheCommandWritesFromSkillSpanTrain() throws IOException {
    Path train =
        Path.of(
            System.getProperty("credmatch.shared", "../shared/data"),
            "skillspan",
            "postings_train.json");
    Assumptions.assumeTrue(
        Files.isRegularFile(train),
        "../shared/data absent: cannot regenerate index-config/common-ad-words.txt to compare it");
    Path shipped = Path.of("index-config/common-ad-words.txt");
    String header =
        Files.readAllLines(shipped).stream()
            .filter(l -> l.startsWith("# Written by:"))
            .findFirst()
            .orElseThrow();
    double minShare = Double.parseDouble(header.substring(header.indexOf("--min-share") + 12));
    Path out = dir.resolve("common-ad-words.txt");
    CommonAdWords.write(train, minShare, out);
    assertThat(out).hasSameTextualContentAs(shipped);
  }
}
