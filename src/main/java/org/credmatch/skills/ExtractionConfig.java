package org.credmatch.skills;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the extractor can be tuned with, read once from {@code index-config/extraction.json}
 * and {@code index-config/skill-aliases.tsv}. Immutable and thread-safe; see docs/extraction.md for
 * what each field does.
 *
 * @param maxChars input longer than this is truncated (with a warning)
 * @param maxLabelTokens taxonomy labels with more tokens than this are not matched
 * @param sections heading cue phrases per section kind (keys: eeo, benefits, preferred, required,
 *     responsibilities, about), checked in that order
 * @param preferredCues sentence cues that make a mention preferred
 * @param requiredCues sentence cues that make a mention required
 * @param boilerplateCues sentence cues (benefits, equal-opportunity text) that make a sentence
 *     yield no skills wherever it stands
 * @param requirementWeights base weight per requirement level (required, preferred, mentioned)
 * @param typeSpecificity specificity factor per taxonomy type (lower-case type names)
 * @param unlinkedSpecificity specificity factor of model spans not linked to the taxonomy
 * @param multiWordSpecificityBonus added to the specificity of labels of two or more tokens
 * @param repetitionBase repetition factor of a skill mentioned once
 * @param repetitionStep added to the repetition factor per further mention (capped at 1)
 * @param genericLabels normalized labels too generic to match on their own
 * @param caseSensitiveMaxLength labels this short match only as written (or in capitals)
 * @param ambiguous rules for labels that are also common words
 * @param languageContextWords words near a natural-language label that make it a skill
 * @param languageWindowTokens how far (in tokens, same sentence) language context words count
 * @param linkThreshold minimum Dice similarity for linking a model span to a taxonomy label
 * @param modelMinProbability model spans below this probability are dropped
 * @param lemmaCacheSize at most this many lemmas, and as many tokenizer cuts of punctuated words
 *     and POS features of words, are cached per extractor
 * @param languageGuess stop-word lists for the non-English warning
 * @param aliases extra labels ("k8s" for Kubernetes), from skill-aliases.tsv
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractionConfig(
    int maxChars,
    int maxLabelTokens,
    Map<String, List<String>> sections,
    List<String> preferredCues,
    List<String> requiredCues,
    List<String> boilerplateCues,
    Map<String, Double> requirementWeights,
    Map<String, Double> typeSpecificity,
    double unlinkedSpecificity,
    double multiWordSpecificityBonus,
    double repetitionBase,
    double repetitionStep,
    List<String> genericLabels,
    int caseSensitiveMaxLength,
    Ambiguity ambiguous,
    List<String> languageContextWords,
    int languageWindowTokens,
    double linkThreshold,
    double modelMinProbability,
    int lemmaCacheSize,
    LanguageGuess languageGuess,
    List<Alias> aliases) {

  /** Class-path location of the extraction settings. */
  public static final String DEFAULT_RESOURCE = "/index-config/extraction.json";

  /** Class-path location of the alias list. */
  public static final String ALIASES_RESOURCE = "/index-config/skill-aliases.tsv";

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

  public ExtractionConfig {
    sections = Map.copyOf(sections);
    preferredCues = List.copyOf(preferredCues);
    requiredCues = List.copyOf(requiredCues);
    boilerplateCues = List.copyOf(boilerplateCues);
    requirementWeights = Map.copyOf(requirementWeights);
    typeSpecificity = Map.copyOf(typeSpecificity);
    genericLabels = List.copyOf(genericLabels);
    languageContextWords = List.copyOf(languageContextWords);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /**
   * Rules for short labels that are also common words ("Go", "R", "Swift").
   *
   * @param windowTokens how far (in tokens, same sentence) context words and list neighbours count
   * @param contextWords lower-case words that confirm a technical reading
   * @param labels the ambiguous labels and their per-label rejections
   */
  public record Ambiguity(
      int windowTokens, List<String> contextWords, List<AmbiguousLabel> labels) {
    public Ambiguity {
      contextWords = List.copyOf(contextWords);
      labels = List.copyOf(labels);
    }
  }

  /**
   * One ambiguous label.
   *
   * @param label the label exactly as it must be written
   * @param rejectPos universal POS tags that rule the technical reading out ("VERB" for "Go")
   * @param rejectBefore lower-case words that rule it out right before the label ("grade C")
   * @param rejectAfter lower-case words that rule it out right after the label ("Go live")
   */
  public record AmbiguousLabel(
      String label, List<String> rejectPos, List<String> rejectBefore, List<String> rejectAfter) {
    public AmbiguousLabel {
      rejectPos = List.copyOf(rejectPos);
      rejectBefore = List.copyOf(rejectBefore);
      rejectAfter = List.copyOf(rejectAfter);
    }
  }

  /**
   * Stop-word lists for guessing that a text is not English.
   *
   * @param minHits stop words of the guessed language needed before warning
   * @param ratio how many times more hits than English the guessed language needs
   * @param stopWords lower-case stop words per language name ("English" must be present)
   */
  public record LanguageGuess(int minHits, double ratio, Map<String, List<String>> stopWords) {
    public LanguageGuess {
      stopWords = Map.copyOf(stopWords);
    }
  }

  /**
   * An extra label for a taxonomy skill.
   *
   * @param alias the extra label as written ("k8s", "MS Excel")
   * @param target a label or id of the taxonomy skill it names
   */
  public record Alias(String alias, String target) {}

  /** Reads the settings and aliases shipped on the class path. */
  public static ExtractionConfig loadDefault() {
    try (InputStream json = resource(DEFAULT_RESOURCE);
        InputStream tsv = resource(ALIASES_RESOURCE)) {
      return JSON.readValue(json, ExtractionConfig.class).withAliases(readAliases(tsv));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read extraction settings", e);
    }
  }

  /** Parses alias lines "alias TAB target"; blank lines and lines starting with # are skipped. */
  public static List<Alias> readAliases(InputStream tsv) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    List<Alias> aliases = new ArrayList<>();
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IOException("skill-aliases.tsv line " + lineNo + ": expected 'alias TAB target'");
      }
      aliases.add(new Alias(cols[0].strip(), cols[1].strip()));
    }
    return aliases;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ExtractionConfig.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("class-path resource " + name + " is missing");
    }
    return in;
  }

  /** This config with another alias list. */
  public ExtractionConfig withAliases(List<Alias> newAliases) {
    return new ExtractionConfig(
        maxChars,
        maxLabelTokens,
        sections,
        preferredCues,
        requiredCues,
        boilerplateCues,
        requirementWeights,
        typeSpecificity,
        unlinkedSpecificity,
        multiWordSpecificityBonus,
        repetitionBase,
        repetitionStep,
        genericLabels,
        caseSensitiveMaxLength,
        ambiguous,
        languageContextWords,
        languageWindowTokens,
        linkThreshold,
        modelMinProbability,
        lemmaCacheSize,
        languageGuess,
        newAliases);
  }

  /** This config with another input size limit. */
  public ExtractionConfig withMaxChars(int newMaxChars) {
    return new ExtractionConfig(
        newMaxChars,
        maxLabelTokens,
        sections,
        preferredCues,
        requiredCues,
        boilerplateCues,
        requirementWeights,
        typeSpecificity,
        unlinkedSpecificity,
        multiWordSpecificityBonus,
        repetitionBase,
        repetitionStep,
        genericLabels,
        caseSensitiveMaxLength,
        ambiguous,
        languageContextWords,
        languageWindowTokens,
        linkThreshold,
        modelMinProbability,
        lemmaCacheSize,
        languageGuess,
        aliases);
  }

  /** This config with another minimum span-model probability. */
  public ExtractionConfig withModelMinProbability(double newMinProbability) {
    return new ExtractionConfig(
        maxChars,
        maxLabelTokens,
        sections,
        preferredCues,
        requiredCues,
        boilerplateCues,
        requirementWeights,
        typeSpecificity,
        unlinkedSpecificity,
        multiWordSpecificityBonus,
        repetitionBase,
        repetitionStep,
        genericLabels,
        caseSensitiveMaxLength,
        ambiguous,
        languageContextWords,
        languageWindowTokens,
        linkThreshold,
        newMinProbability,
        lemmaCacheSize,
        languageGuess,
        aliases);
  }
}
