package org.credmatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.Mention;
import org.credmatch.skills.Requirement;
import org.credmatch.skills.SkillExtractor;
import org.credmatch.skills.Source;
import org.credmatch.taxonomy.SkillType;

/**
 * A test extractor: finds whole-word keywords from a table; a keyword after "nice to have" is
 * preferred, otherwise required. Lets ranking be tested apart from the real extractor.
 */
final class KeywordExtractor implements SkillExtractor {

  private final Map<String, String> keywords = new TreeMap<>();

  KeywordExtractor(String... keywordThenId) {
    for (int i = 0; i < keywordThenId.length; i += 2) {
      keywords.put(keywordThenId[i], keywordThenId[i + 1]);
    }
  }

  static KeywordExtractor dataSkills() {
    return new KeywordExtractor(
        "sql",
        "skill:sql",
        "excel",
        "skill:excel",
        "tableau",
        "skill:tableau",
        "python",
        "skill:python",
        "dashboards",
        "skill:dashboards",
        "java",
        "skill:java",
        "machine learning",
        "skill:machine-learning",
        "leadership",
        "skill:leadership",
        "statistics",
        "skill:statistics");
  }

  @Override
  public Extraction extract(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int preferredFrom = lower.indexOf("nice to have");
    List<ExtractedSkill> out = new ArrayList<>();
    keywords.forEach(
        (word, id) -> {
          Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower);
          if (m.find()) {
            boolean preferred = preferredFrom >= 0 && m.start() > preferredFrom;
            var mention = new Mention(m.start(), m.end(), text.substring(m.start(), m.end()), text);
            out.add(
                new ExtractedSkill(
                    id,
                    word,
                    SkillType.TOOL,
                    Source.TAXONOMY,
                    preferred ? Requirement.PREFERRED : Requirement.REQUIRED,
                    null,
                    preferred ? 0.5 : 1.0,
                    1.0,
                    List.of(mention)));
          }
        });
    return new Extraction(out, out.isEmpty() ? List.of("no skills recognised") : List.of());
  }
}
