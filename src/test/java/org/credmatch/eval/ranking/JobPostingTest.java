package org.credmatch.eval.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobPostingTest {

  @TempDir Path dir;

  @Test
  void groupsSentencesByPostingAndDropsAnonymisationPlaceholders() throws IOException {
    Path file = dir.resolve("postings.json");
    Files.writeString(
        file,
        """
        {"idx": 2, "tokens": ["Cook", "wanted"], "source": "house"}
        {"idx": 1, "tokens": ["Join", "<ORGANIZATION>", "<ORGANIZATION>", "in", "<LOCATION>", "."], "source": "house"}
        {"idx": 1, "tokens": ["Mail", "<CONTACT>", "about", "C++", "<b>"], "source": "house"}

        {"idx": 1, "tokens": ["Java", "developer"], "source": "tech"}
        """);

    assertThat(JobPosting.read(file))
        .containsExactly(
            new JobPosting("house-1", "Join in .\nMail about C++ <b>\n"),
            new JobPosting("house-2", "Cook wanted\n"),
            new JobPosting("tech-1", "Java developer\n"));
  }
}
