package org.credmatch.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.credmatch.catalog.Credential;

/**
 * One ranked program with its explanation. Immutable.
 *
 * @param rank 1-based position in the full ranking
 * @param credential the program (its fields appear inline in JSON)
 * @param score final score in [0, 1]
 * @param covered ad skills it teaches, with evidence
 * @param missingRequired required ad skills it does not teach
 * @param why how the score was made
 */
public record RankedCredential(
    int rank,
    @JsonUnwrapped Credential credential,
    double score,
    List<Recommendation.CoveredSkill> covered,
    List<Recommendation.SkillRef> missingRequired,
    Recommendation.Why why) {}
