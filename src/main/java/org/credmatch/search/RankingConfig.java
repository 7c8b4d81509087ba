package org.credmatch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import org.credmatch.index.ConfigException;
import org.credmatch.index.ConfigFiles;
import org.credmatch.skills.Requirement;
import org.credmatch.taxonomy.SkillType;

/**
 * Ranking weights from {@code index-config/ranking.json}. Immutable.
 *
 * @param requirementWeights weight of a skill by how strongly the ad asks for it
 * @param typeWeights factor on a linked skill by its taxonomy type: a soft skill or a language an
 *     ad asks for is seldom what a program for that job should teach first
 * @param catalogLabels how the catalog's own skill labels are looked for in ads
 * @param modelSkillWeight factor on skills found only by the span model (looser than taxonomy
 *     matches)
 * @param spanModelForAds read ads and résumés with the span model even when its skills weigh
 *     nothing ({@code modelSkillWeight} 0); it then only nudges the weights of taxonomy skills it
 *     also finds, at about 20 ms of CPU per 600-word ad
 * @param retrieval first-stage Lucene query weights
 * @param rerank second-stage weights
 * @param stack stack (set cover) settings
 * @param limits request limits
 */
@JsonIgnoreProperties("_comment")
public record RankingConfig(
    RequirementWeights requirementWeights,
    TypeWeights typeWeights,
    CatalogLabels catalogLabels,
    double modelSkillWeight,
    boolean spanModelForAds,
    Retrieval retrieval,
    Rerank rerank,
    Stack stack,
    Limits limits) {

  /**
   * Reads {@code ranking.json}, and the word lists it names ({@code catalogLabels.commonWordsFile},
   * {@code retrieval.adWordsStopWordsFile}: one word a line, {@code #} comments), from the same
   * folder.
   */
  public static RankingConfig load(ConfigFiles config) {
    try (InputStream in = config.openResource("ranking.json")) {
      JsonMapper json =
          JsonMapper.builder()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
              .build();
      var tree = json.readTree(in);
      inline(config, tree, "catalogLabels", "commonWordsFile", "commonWords");
      inline(config, tree, "retrieval", "adWordsStopWordsFile", "adWordsStopWords");
      return json.treeToValue(tree, RankingConfig.class);
    } catch (IOException e) {
      throw new ConfigException(config.describe() + "/ranking.json: " + e.getMessage(), e);
    }
  }

  /** Replaces {@code section.fileKey} (a word-list file's name) by {@code section.listKey}. */
  private static void inline(
      ConfigFiles config,
      com.fasterxml.jackson.databind.JsonNode tree,
      String section,
      String fileKey,
      String listKey) {
    if (tree.path(section).path(fileKey).isTextual()) {
      var node = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get(section);
      var words = node.putArray(listKey);
      lines(config, node.remove(fileKey).asText()).forEach(words::add);
    }
  }

  /** The lines of a word-list file, stripped, without blank lines and {@code #} comments. */
  private static java.util.List<String> lines(ConfigFiles config, String file) {
    try (InputStream in = config.openResource(file)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new ConfigException(config.describe() + "/" + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The catalog's own skill labels (those its programs list without a taxonomy id: "supply chain",
   * "forecasting") looked for in ads as extra, unlinked skills.
   *
   * @param weight the extractor weight of a match, times the label's rarity in the catalog (0: off)
   * @param maxWords longest label looked for, in words
   * @param commonWords words too common in job ads to tell one from another (from {@code
   *     commonWordsFile} in ranking.json): a one-word label that is one of them is not looked for
   */
  public record CatalogLabels(double weight, int maxWords, java.util.Set<String> commonWords) {
    public CatalogLabels {
      commonWords = java.util.Set.copyOf(commonWords);
    }
  }

  /** Weights by requirement level. */
  public record RequirementWeights(double required, double preferred, double mentioned) {
    public double of(Requirement r) {
      return switch (r) {
        case REQUIRED -> required;
        case PREFERRED -> preferred;
        case MENTIONED -> mentioned;
      };
    }
  }

  /** Factors by taxonomy type ({@link SkillType}); a skill not linked to the taxonomy has 1. */
  public record TypeWeights(
      double tool, double knowledge, double skill, double transversal, double language) {
    public double of(SkillType type) {
      if (type == null) {
        return 1.0;
      }
      return switch (type) {
        case TOOL -> tool;
        case KNOWLEDGE -> knowledge;
        case SKILL -> skill;
        case TRANSVERSAL -> transversal;
        case LANGUAGE -> language;
      };
    }
  }

  /**
   * First stage.
   *
   * @param candidates how many hits are re-ranked
   * @param skillIdBoost boost of an exact taxonomy-id match
   * @param titleBoost boost of BM25 on titles
   * @param skillLabelBoost boost of BM25 on skill labels
   * @param subjectBoost boost of BM25 on subjects
   * @param adWordsBoost boost of BM25 on the ad's own words (hybrid with the skill matches)
   * @param rarityFloor the least rarity factor a common skill keeps
   * @param adWordsRescoreWindow 0: the ad's words are clauses of the first-stage query; N > 0: the
   *     first stage matches skills only and its best N hits are rescored with the words (same sum
   *     of scores, far fewer documents scored)
   * @param adWordsStopWords words left out of the ad's words (from {@code adWordsStopWordsFile} in
   *     ranking.json; lower-cased, whole words): "you", "our", "would" say nothing about a job, and
   *     the few program titles holding them ("... a Job You Love") are rare enough for BM25 to
   *     reward them. The baseline's bag of words keeps them.
   */
  public record Retrieval(
      int candidates,
      double skillIdBoost,
      double titleBoost,
      double skillLabelBoost,
      double subjectBoost,
      double adWordsBoost,
      double rarityFloor,
      int adWordsRescoreWindow,
      java.util.Set<String> adWordsStopWords) {
    public Retrieval {
      adWordsStopWords = java.util.Set.copyOf(adWordsStopWords);
    }
  }

  /**
   * Second stage: a program's score is the weighted geometric mean of its coverage and retrieval,
   * times a level-fit factor ({@link Reranker#combine}).
   *
   * @param coverageWeight exponent weight of the weighted share of the ad's skills a program covers
   * @param retrievalWeight exponent weight of the normalised first-stage score
   * @param smoothing added to coverage and retrieval before the mean, so that a zero in one does
   *     not zero the score (greater than 0)
   * @param levelFitWeight weight of the fit between program level and ad seniority: the factor runs
   *     from {@code 1 / (1 + levelFitWeight)} (no fit) to 1 (full fit)
   * @param mmrLambda relevance share in maximal marginal relevance (1 = no diversity)
   * @param nearDuplicateSimilarity least similarity (mean of the skill-set and title-word Jaccard
   *     similarities) at which maximal marginal relevance pushes a program down; below it two
   *     programs count as different (0: every similarity counts)
   * @throws IllegalArgumentException when a weight is negative or not finite, coverage and
   *     retrieval weigh 0 together, smoothing is not above 0, or mmrLambda or
   *     nearDuplicateSimilarity is outside [0, 1]
   */
  public record Rerank(
      double coverageWeight,
      double retrievalWeight,
      double smoothing,
      double levelFitWeight,
      double mmrLambda,
      double nearDuplicateSimilarity) {
    public Rerank {
      for (double w : new double[] {coverageWeight, retrievalWeight, smoothing, levelFitWeight}) {
        if (!(w >= 0) || Double.isInfinite(w)) {
          throw new IllegalArgumentException(
              "rerank weights must be finite numbers of at least 0, got " + w);
        }
      }
      if (coverageWeight + retrievalWeight <= 0) {
        throw new IllegalArgumentException(
            "rerank.coverageWeight and rerank.retrievalWeight cannot both be 0");
      }
      if (smoothing <= 0) {
        throw new IllegalArgumentException("rerank.smoothing must be above 0, got " + smoothing);
      }
      if (!(mmrLambda >= 0 && mmrLambda <= 1)) {
        throw new IllegalArgumentException(
            "rerank.mmrLambda must be between 0 and 1, got " + mmrLambda);
      }
      if (!(nearDuplicateSimilarity >= 0 && nearDuplicateSimilarity <= 1)) {
        throw new IllegalArgumentException(
            "rerank.nearDuplicateSimilarity must be between 0 and 1, got "
                + nearDuplicateSimilarity);
      }
    }
  }

  /**
   * Stack settings.
   *
   * @param maxPrograms most programs in a stack
   * @param candidates how many top-ranked programs the stack may draw on
   */
  public record Stack(int maxPrograms, int candidates) {}

  /**
   * Request limits.
   *
   * @param defaultLimit results per page when none is asked for
   * @param maxLimit most results per page
   * @param maxTextChars longest accepted job ad or résumé
   */
  public record Limits(int defaultLimit, int maxLimit, int maxTextChars) {}
}
