package org.credmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.credmatch.catalog.Credential;
import org.credmatch.catalog.CredentialSkill;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexBuilder;
import org.credmatch.index.IndexLayout;
import org.credmatch.index.IndexSchema;
import org.credmatch.skills.ExtractedSkill;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.Requirement;
import org.credmatch.skills.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogVocabularyTest {

  @TempDir Path dir;

  static CredentialSkill label(String label) {
    return new CredentialSkill(null, label, true);
  }

  static final RankingConfig.CatalogLabels LABELS =
      new RankingConfig.CatalogLabels(0.3, 4, Set.of("management", "business", "development"));

  CatalogIndex index(List<Credential> catalog) throws IOException {
    ConfigFiles config = ConfigFiles.packaged();
    IndexSchema schema = IndexSchema.load(config);
    IndexLayout layout = new IndexLayout(dir);
    new IndexBuilder(schema, config).build(catalog, layout, IndexBuilder.Progress.NONE);
    return CatalogIndex.open(layout, schema, config).orElseThrow();
  }

  List<Credential> catalog() {
    return List.of(
        SearchFixtures.course(
            "t:scm",
            "Supply Chain Management",
            label("Supply Chain"),
            label("Supply Chain Management"),
            label("Forecasting"),
            label("Inventory Planning"),
            label("Business Development")),
        SearchFixtures.course("t:fc", "Forecasting", label("forecasting."), label("Management")),
        SearchFixtures.course(
            "t:sql",
            "SQL",
            new CredentialSkill("skill:sql", "SQL", true),
            label("C++"),
            label("an extremely long five word label")));
  }

  @Test
  void findsTheCatalogsUnlinkedLabelsLongestFirstWithTheirPlaceAndSentence() throws IOException {
    try (CatalogIndex index = index(catalog())) {
      CatalogVocabulary vocabulary = CatalogVocabulary.of(index, LABELS, 0.5);
      // linked labels, one-word labels common in ads ("management") and labels over maxWords
      // words are not in it; "business development" is, although both its words are common
      assertThat(vocabulary.size()).isEqualTo(6);

      String ad =
          "You own Supply Chain Management and forecasting.\n"
              + "Forecasting again; C++ and SQL. Business development and management.";
      List<ExtractedSkill> found = vocabulary.find(ad, Set.of(), null);

      assertThat(found)
          .extracting(ExtractedSkill::label, s -> s.mentions().size())
          .containsExactly(
              tuple("supply chain management", 1),
              tuple("forecasting", 2),
              tuple("c++", 1),
              tuple("business development", 1));
      ExtractedSkill scm = found.get(0);
      assertThat(scm.id()).isNull();
      assertThat(scm.source()).isEqualTo(Source.CATALOG);
      assertThat(scm.requirement()).isEqualTo(Requirement.MENTIONED);
      var mention = scm.mentions().get(0);
      assertThat(ad.substring(mention.start(), mention.end())).isEqualTo("Supply Chain Management");
      assertThat(mention.sentence()).isEqualTo("You own Supply Chain Management and forecasting.");
      assertThat(found.get(1).mentions().get(1).sentence()).isEqualTo("Forecasting again;");
    }
  }

  @Test
  void looksOnlyInTheSentencesTheExtractorRead() throws IOException {
    try (CatalogIndex index = index(catalog())) {
      CatalogVocabulary vocabulary = CatalogVocabulary.of(index, LABELS, 0.5);
      String ad = "You will do forecasting.\nWe offer: supply chain perks. And C++ forecasting.";
      int second = ad.indexOf("We offer");
      int third = ad.indexOf("And C++");
      var read =
          List.of(
              new Extraction.ReadSentence(0, second - 1),
              new Extraction.ReadSentence(third, ad.length()));

      List<ExtractedSkill> found = vocabulary.find(ad, Set.of(), read);

      assertThat(found)
          .extracting(ExtractedSkill::label, s -> s.mentions().size())
          .containsExactly(tuple("forecasting", 2), tuple("c++", 1));
      assertThat(vocabulary.find(ad, Set.of(), null))
          .extracting(ExtractedSkill::label)
          .containsExactly("forecasting", "supply chain", "c++");
      // an extractor that read no sentence (all benefits, say) leaves no place to look
      assertThat(vocabulary.find(ad, Set.of(), List.of())).isEmpty();
    }
  }

  @Test
  void theRecommenderLooksForLabelsOnlyWhereItsExtractorRead() throws IOException {
    try (CatalogIndex index = index(catalog())) {
      var shipped = RankingConfig.load(ConfigFiles.packaged());
      String ad = "You will run our forecasting.\nBenefits: supply chain discounts";
      // an extractor that read the first line only, as the real one skips a benefits line
      org.credmatch.skills.SkillExtractor firstLineOnly =
          text ->
              new Extraction(
                  List.of(),
                  List.of(),
                  List.of(new Extraction.ReadSentence(0, text.indexOf('\n'))));
      var recommender = new Recommender(index, firstLineOnly, shipped);

      Recommendation r = recommender.recommend(RecommendationRequest.of(ad, 3));

      assertThat(r.skills()).extracting(ExtractedSkill::label).containsExactly("forecasting");
    }
  }

  @Test
  void readsAnHtmlAdAsTextAndPointsIntoTheHtml() throws IOException {
    try (CatalogIndex index = index(catalog())) {
      CatalogVocabulary vocabulary = CatalogVocabulary.of(index, LABELS, 0.5);
      String ad = "<ul class=\"forecasting\"><li>Supply <b>chain</b></li><li>C++</li></ul>";

      List<ExtractedSkill> found = vocabulary.find(ad, Set.of(), null);

      assertThat(found).extracting(ExtractedSkill::label).containsExactly("supply chain", "c++");
      var mention = found.get(0).mentions().get(0);
      assertThat(ad.substring(mention.start(), mention.end())).isEqualTo("Supply <b>chain");
      assertThat(mention.sentence()).isEqualTo("Supply chain");
    }
  }

  @Test
  void skipsKnownLabelsNeverSpansSentencesAndWeighsRareLabelsMore() throws IOException {
    try (CatalogIndex index = index(catalog())) {
      CatalogVocabulary vocabulary = CatalogVocabulary.of(index, LABELS, 0.0);

      assertThat(
              vocabulary.find(
                  "Supply chain. Management of forecasting", Set.of("forecasting"), null))
          .extracting(ExtractedSkill::label)
          .containsExactly("supply chain");
      assertThat(vocabulary.find("supply. chain", Set.of(), null)).isEmpty();
      // "forecasting" is listed by two programs, "supply chain" by one
      assertThat(vocabulary.rarity("supply chain")).isGreaterThan(vocabulary.rarity("forecasting"));
      ExtractedSkill sc = vocabulary.find("supply chain", Set.of(), null).get(0);
      assertThat(sc.weight()).isEqualTo(0.3 * vocabulary.rarity("supply chain"));
    }
  }

  @Test
  void aCatalogLabelInTheAdRanksTheProgramThatListsItAndExplainsWhy() throws IOException {
    List<Credential> catalog = new java.util.ArrayList<>(catalog());
    catalog.add(SearchFixtures.course("t:chain", "Chains of Command", label("Leadership")));
    try (CatalogIndex index = index(catalog)) {
      var shipped = RankingConfig.load(ConfigFiles.packaged());
      var recommender = new Recommender(index, SearchFixtures.extractor(), shipped);
      String ad = "Planner wanted.\nYou will run our inventory planning and its forecasting.";

      Recommendation r = recommender.recommend(RecommendationRequest.of(ad, 3));

      assertThat(r.skills())
          .filteredOn(s -> s.source() == Source.CATALOG)
          .extracting(ExtractedSkill::label)
          .containsExactly("inventory planning", "forecasting");
      RankedCredential first = r.results().get(0);
      assertThat(first.credential().id()).isEqualTo("t:scm");
      assertThat(first.covered())
          .extracting(Recommendation.CoveredSkill::label, Recommendation.CoveredSkill::evidence)
          .contains(
              tuple(
                  "inventory planning",
                  "You will run our inventory planning and its forecasting."));
    }
  }

  @Test
  void isEmptyWhenSwitchedOff() throws IOException {
    try (CatalogIndex index = index(catalog())) {
      var off = new RankingConfig.CatalogLabels(0, 4, Set.of());
      assertThat(CatalogVocabulary.of(index, off, 0.5).find("supply chain", Set.of(), null))
          .isEmpty();
    }
  }
}
