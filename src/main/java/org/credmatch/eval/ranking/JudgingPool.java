package org.credmatch.eval.ranking;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;

/**
 * Writes the pool of results to judge: for each posting, the union of both systems' top results, in
 * id order so the assessor cannot tell which system found what, with the program facts an assessor
 * needs. Programs already judged are left out.
 */
public final class JudgingPool {

  private final RankingEvaluator evaluator;

  public JudgingPool(RankingEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** Writes the pool as Markdown; returns the number of unjudged (posting, program) pairs. */
  public int write(List<JobPosting> postings, Judgments existing, int depth, PrintWriter out)
      throws IOException {
    int pairs = 0;
    for (JobPosting p : postings) {
      var runs = evaluator.run(p, depth);
      var pool = new TreeMap<String, Credential>();
      runs.credmatch().forEach(c -> pool.put(c.id(), c));
      runs.baseline().forEach(c -> pool.put(c.id(), c));
      pool.keySet().removeIf(id -> existing.grade(p.key(), id) != null);
      if (pool.isEmpty()) {
        continue;
      }
      out.printf("## Posting %s%n%n```%n%s```%n%n", p.key(), p.text());
      for (Credential c : pool.values()) {
        out.println(describe(p.key(), c));
        pairs++;
      }
      out.println();
    }
    out.flush();
    return pairs;
  }

  private static String describe(String posting, Credential c) {
    String skills =
        c.skills().stream().map(CredentialSkill::label).limit(25).collect(Collectors.joining("; "));
    return String.format(
        Locale.ROOT,
        "- `%s\t%s\t?` | %s | %s | %s | level: %s | hours: %s | skills: %s",
        posting,
        c.id(),
        c.title(),
        c.provider(),
        c.type() == null ? "?" : c.type().json(),
        c.level() == null ? "?" : c.level().json(),
        c.duration().hours() == null
            ? "?"
            : String.format(Locale.ROOT, "%.0f", c.duration().hours()),
        skills);
  }
}
