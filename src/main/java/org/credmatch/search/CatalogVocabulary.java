package org.credmatch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.LabelText;
import org.credmatch.skills.CleanedText;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.Mention;
import org.credmatch.skills.Requirement;
import org.credmatch.skills.Source;
import org.credmatch.skills.TextCleaner;

/**
 * The catalog's own skill vocabulary: the labels its programs list without a taxonomy id ("supply
 * chain", "forecasting", "cost accounting"), read from the index's {@code skill_label_keys} terms,
 * with the number of programs listing each. It finds them in an ad (cleaned of HTML and Markdown as
 * the extractor cleans it) as whole words within one sentence, longest label first at each place,
 * never overlapping, and not when the extraction already found a skill of that label; each becomes
 * an unlinked, merely mentioned skill whose extractor weight is {@code weight} times the label's
 * rarity. One-word labels common in job ads ({@code commonWords}: "management", "business",
 * "materials") are left out. Immutable; thread-safe.
 */
final class CatalogVocabulary {

  /** A word as {@link LabelText} keeps it, with its place in the text. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+#.]+");

  /** Ends a sentence: matches never span one. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:]\\s|\\n|[•·|]");

  static final CatalogVocabulary NONE = new CatalogVocabulary(Map.of(), 1, 0, 0, 0);

  private final Map<String, Integer> programsByLabel;
  private final Set<String> firstWords;
  private final int programs;
  private final int maxWords;
  private final double weight;
  private final double rarityFloor;

  private CatalogVocabulary(
      Map<String, Integer> programsByLabel,
      int programs,
      int maxWords,
      double weight,
      double rarityFloor) {
    this.programsByLabel = programsByLabel;
    Set<String> first = new HashSet<>();
    programsByLabel.keySet().forEach(label -> first.add(label.split(" ", 2)[0]));
    this.firstWords = Set.copyOf(first);
    this.programs = programs;
    this.maxWords = maxWords;
    this.weight = weight;
    this.rarityFloor = rarityFloor;
  }

  /** The vocabulary of an index; {@link #NONE} when the weight is 0 or the field is absent. */
  static CatalogVocabulary of(
      CatalogIndex index, RankingConfig.CatalogLabels config, double rarityFloor)
      throws IOException {
    if (config.weight() <= 0 || config.maxWords() < 1) {
      return NONE;
    }
    Terms terms = MultiTerms.getTerms(index.searcher().getIndexReader(), "skill_label_keys");
    if (terms == null) {
      return NONE;
    }
    Map<String, Integer> byLabel = new HashMap<>();
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      String label = term.utf8ToString();
      String[] words = label.split(" ");
      if (label.length() >= 3 && words.length <= config.maxWords() && !common(words, config)) {
        byLabel.put(label, it.docFreq());
      }
    }
    return new CatalogVocabulary(
        Map.copyOf(byLabel),
        Math.max(1, index.size()),
        config.maxWords(),
        config.weight(),
        rarityFloor);
  }

  /**
   * True for a one-word label common in job ads ("management", "materials"). A label of two or more
   * words is looked for even when each of its words is common: "supply chain", "data analysis" and
   * "software development" name skills although "supply", "data" and "software" do not (measured in
   * docs/ranking.md).
   */
  private static boolean common(String[] words, RankingConfig.CatalogLabels config) {
    return words.length == 1 && config.commonWords().contains(words[0]);
  }

  int size() {
    return programsByLabel.size();
  }

  /**
   * The catalog labels found in {@code text}, in text order, one skill per label, except labels in
   * {@code known} (normalised labels of skills already found), found only within the sentences the
   * extractor read ({@code read}; every sentence when it is null): not in benefits ("health
   * insurance"), company blurbs or boilerplate. Each is merely mentioned: giving a label the level
   * of its sentence (required in a requirements section) was measured and ranked worse
   * (docs/ranking.md).
   */
  List<ExtractedSkill> find(
      String original, Set<String> known, List<Extraction.ReadSentence> read) {
    if (programsByLabel.isEmpty() || original == null || original.isBlank()) {
      return List.of();
    }
    CleanedText cleaned = TextCleaner.clean(original);
    String text = cleaned.text();
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Matcher end = SENTENCE_END.matcher(text);
    int from = 0;
    while (from < text.length()) {
      int to = end.find(from) ? end.start() + 1 : text.length();
      findIn(original, cleaned, from, to, known, mentions);
      from = Math.max(to, from + 1);
    }
    List<ExtractedSkill> out = new ArrayList<>(mentions.size());
    mentions.forEach(
        (label, found) -> {
          List<Mention> kept =
              read == null ? found : found.stream().filter(m -> within(read, m.start())).toList();
          if (!kept.isEmpty()) {
            out.add(
                new ExtractedSkill(
                    null,
                    label,
                    null,
                    Source.CATALOG,
                    Requirement.MENTIONED,
                    null,
                    weight * rarity(label),
                    1.0,
                    kept));
          }
        });
    return out;
  }

  /** Whether offset {@code at} is within one of the sentences read (sorted, not overlapping). */
  private static boolean within(List<Extraction.ReadSentence> read, int at) {
    int lo = 0;
    int hi = read.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Extraction.ReadSentence s = read.get(mid);
      if (at < s.start()) {
        hi = mid - 1;
      } else if (at >= s.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * The labels in cleaned characters [from, to) of one sentence; mentions carry offsets into the
   * caller's original text, as the extractor's do.
   */
  private void findIn(
      String original,
      CleanedText cleaned,
      int from,
      int to,
      Set<String> skip,
      Map<String, List<Mention>> mentions) {
    String text = cleaned.text();
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String w = LabelText.normalizeWord(m.group());
      if (!w.isEmpty()) {
        spans.add(new int[] {m.start(), m.end()});
        words.add(w);
      }
    }
    String sentence = text.substring(from, to).strip();
    String[] keys = new String[maxWords];
    int i = 0;
    while (i < words.size()) {
      int taken = 1;
      int longest = Math.min(maxWords, words.size() - i);
      if (!firstWords.contains(words.get(i))) {
        longest = 0; // no label starts with this word
      }
      StringBuilder key = new StringBuilder();
      for (int n = 1; n <= longest; n++) {
        keys[n - 1] = (n > 1 ? key.append(' ') : key).append(words.get(i + n - 1)).toString();
      }
      for (int n = longest; n >= 1; n--) {
        String label = keys[n - 1];
        if (programsByLabel.containsKey(label)) {
          taken = n;
          if (!skip.contains(label)) {
            int start = cleaned.originalStart(spans.get(i)[0]);
            int stop = cleaned.originalEnd(spans.get(i + n - 1)[1]);
            mentions
                .computeIfAbsent(label, k -> new ArrayList<>())
                .add(new Mention(start, stop, original.substring(start, stop), sentence));
          }
          break;
        }
      }
      i += taken;
    }
  }

  /** Rarity in [rarityFloor, 1], as {@link SkillQuery#rarity} measures a taxonomy skill's. */
  double rarity(String label) {
    return SkillQuery.rarity(programsByLabel.getOrDefault(label, 0), programs, rarityFloor);
  }
}
