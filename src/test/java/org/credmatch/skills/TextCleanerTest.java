package org.credmatch.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credmatch.skills.Fixtures.extractor;
import static org.credmatch.skills.Fixtures.skill;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void theSameStringCleanedTwiceIsCleanedOnceAndAnEqualOneAlike() {
    String ad = "<p>We need <b>SQL</b> &amp; Python.</p>\n<ul><li>Excel</li></ul>";
    CleanedText first = TextCleaner.clean(ad);
    assertThat(TextCleaner.clean(ad)).isSameAs(first);
    CleanedText other = TextCleaner.clean(new String(ad.toCharArray()));
    assertThat(other).isNotSameAs(first);
    assertThat(other.text()).isEqualTo(first.text());
    assertThat(TextCleaner.clean("Other text.").text()).isEqualTo("Other text.");
    assertThat(TextCleaner.clean(ad).text()).isEqualTo(first.text());
  }

  @Test
  void adsOfRequestsServedAtOnceAreEachCleanedOnce() {
    java.util.List<String> ads =
        java.util.stream.IntStream.range(0, 8)
            .mapToObj(i -> "<p>Ad " + i + " needs SQL.</p>")
            .toList();
    // eight requests interleaved: each extractor cleans its ad, then each label search does
    java.util.List<CleanedText> first = ads.stream().map(TextCleaner::clean).toList();
    for (int i = 0; i < ads.size(); i++) {
      assertThat(TextCleaner.clean(ads.get(i))).isSameAs(first.get(i));
    }
  }

  @Test
  void turnsHtmlIntoLinesWithHeadingsAndBullets() {
    CleanedText t =
        TextCleaner.clean(
            "<h2>Requirements</h2><ul><li>Java &amp; SQL</li><li>Docker</li></ul><p>Thanks</p>");
    assertThat(t.text()).isEqualTo("Requirements\nJava & SQL\nDocker\nThanks");
    assertThat(t.lines())
        .extracting(CleanedText.Line::heading)
        .containsExactly(true, false, false, false);
    assertThat(t.lines())
        .extracting(CleanedText.Line::bullet)
        .containsExactly(false, true, true, false);
  }

  @Test
  void mapsHtmlMentionsBackToTheOriginalText() {
    String html =
        "<div><p><strong>Must have:</strong></p><ul><li>5+ years of <b>Kubernetes</b> &amp;"
            + "&nbsp;Docker</li><li>C&#43;&#43; or Node.js</li></ul></div>";
    Extraction e = extractor().extract(html);
    for (ExtractedSkill s : e.skills()) {
      for (Mention m : s.mentions()) {
        assertThat(html.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    Mention k8s = skill(e, "t:k8s").mentions().get(0);
    assertThat(k8s.text()).isEqualTo("Kubernetes");
    assertThat(k8s.sentence()).isEqualTo("5+ years of Kubernetes & Docker");
    assertThat(skill(e, "t:cpp").mentions().get(0).text()).isEqualTo("C&#43;&#43;");
    assertThat(skill(e, "t:k8s").requirement()).isEqualTo(Requirement.REQUIRED);
    assertThat(skill(e, "t:k8s").minYears()).isEqualTo(5);
  }

  @Test
  void stripsMarkdownBulletsHeadingsAndEmphasis() {
    String md =
        "## Nice to have\n* **Kubernetes** and `Docker`\n1. [Apache Kafka](https://kafka.apache.org)";
    CleanedText t = TextCleaner.clean(md);
    assertThat(t.text()).isEqualTo("Nice to have\nKubernetes and Docker\nApache Kafka");
    Extraction e = extractor().extract(md);
    assertThat(skill(e, "t:kafka").requirement()).isEqualTo(Requirement.PREFERRED);
    Mention kafka = skill(e, "t:kafka").mentions().get(0);
    assertThat(md.substring(kafka.start(), kafka.end())).isEqualTo("Apache Kafka");
  }

  @Test
  void joinsHardWrappedLinesAndFoldsWhitespace() {
    CleanedText t =
        TextCleaner.clean("You will build   services\nwith Kafka.\r\n\r\n• Docker\t images");
    assertThat(t.text()).isEqualTo("You will build services with Kafka.\nDocker images");
    assertThat(t.originalStart(t.text().indexOf("Kafka"))).isEqualTo(31);
  }
}
