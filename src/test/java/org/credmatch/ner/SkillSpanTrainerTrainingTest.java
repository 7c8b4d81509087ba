package org.credmatch.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.credmatch.ner.SkillSpan.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains tiny models end to end: reproducible bytes and a finder that loads them. */
class SkillSpanTrainerTrainingTest {

  private static final String FEATURES =
      """
      <featureGenerators cache="true" name="nameFinder">
        <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
          <int name="prevLength">1</int>
          <int name="nextLength">1</int>
          <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
            <bool name="lowercase">true</bool>
          </generator>
        </generator>
      </featureGenerators>
      """;

  @TempDir static Path dir;

  private static NerTrainingConfig config;

  @BeforeAll
  static void writeConfig() throws IOException {
    Files.writeString(dir.resolve(NerTrainingConfig.FEATURES_FILE), FEATURES);
    Files.writeString(
        dir.resolve(NerTrainingConfig.PARAMETERS_FILE),
        "Algorithm=PERCEPTRON\nIterations=20\nCutoff=0\nThreads=1\nCodec=BILOU\n"
            + "EmptySentenceStride=2\n");
    config = NerTrainingConfig.load(dir);
  }

  private static List<AnnotatedSentence> sentences() {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (String tech : List.of("Java", "Python", "Kotlin", "SQL", "Scala", "Go")) {
      sentences.add(
          new AnnotatedSentence(
              "toy",
              List.of("You", "know", tech, "and", "work", "in", "a", "team", "."),
              List.of(new SkillSpan(2, 3, Kind.KNOWLEDGE, 1), new SkillSpan(4, 8, Kind.SKILL, 1))));
      sentences.add(
          new AnnotatedSentence("toy", List.of("We", "are", "based", "in", tech), List.of()));
    }
    return sentences;
  }

  @Test
  void readsCodecAndStrideApartFromOpenNlpParameters() {
    assertThat(config.codec()).isEqualTo("BILOU");
    assertThat(config.emptySentenceStride()).isEqualTo(2);
    assertThat(config.bagging()).isEqualTo(1);
    assertThat(config.parameters())
        .containsEntry("Algorithm", "PERCEPTRON")
        .doesNotContainKey("Codec");
  }

  @Test
  void keepsOneInStrideSentencesWithoutSpans() {
    List<AnnotatedSentence> kept = new SkillSpanTrainer(config).thinEmpty(sentences());

    assertThat(kept).hasSize(9);
    assertThat(kept).filteredOn(s -> s.spans().isEmpty()).hasSize(3);
  }

  @Test
  void trainsTheSameBytesTwice() throws IOException {
    SkillSpanTrainer trainer = new SkillSpanTrainer(config);

    byte[] first = trainer.train(sentences(), line -> {});
    byte[] second = trainer.train(sentences(), line -> {});

    assertThat(second).isEqualTo(first);
  }

  @Test
  void trainedModelTagsTheSpansItLearned() throws IOException {
    Path model = dir.resolve("toy.bin");
    Files.write(model, new SkillSpanTrainer(config).train(sentences(), line -> {}));

    assertTagsJavaAndTeamwork(model);
  }

  /** The toy data's lesson: "Java" is KNOWLEDGE and "work in a team" a SKILL. */
  private static void assertTagsJavaAndTeamwork(Path model) throws IOException {
    List<SkillSpan> spans =
        OpenNlpSkillSpanFinder.load(model)
            .find(List.of("You", "know", "Java", "and", "work", "in", "a", "team", "."));

    assertThat(spans)
        .extracting(SkillSpan::start, SkillSpan::end, SkillSpan::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 3, Kind.KNOWLEDGE),
            org.assertj.core.groups.Tuple.tuple(4, 8, Kind.SKILL));
  }

  @Test
  void storesTheOutsideScaleInTheModelForTheFinder(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve(NerTrainingConfig.FEATURES_FILE), FEATURES);
    Files.writeString(
        folder.resolve(NerTrainingConfig.PARAMETERS_FILE),
        "Algorithm=PERCEPTRON\nIterations=20\nCutoff=0\nCodec=BILOU\nOutsideScale=0.9\n");
    NerTrainingConfig scaled = NerTrainingConfig.load(folder);
    Path model = folder.resolve("scaled.bin");
    Files.write(model, new SkillSpanTrainer(scaled).train(sentences(), line -> {}));

    assertThat(scaled.parameters()).doesNotContainKey("OutsideScale");
    assertThat(OpenNlpSkillSpanFinder.load(model).outsideScale()).isEqualTo(0.9);
    Path plain = folder.resolve("plain.bin");
    Files.write(plain, new SkillSpanTrainer(config).train(sentences(), line -> {}));
    assertThat(OpenNlpSkillSpanFinder.load(plain).outsideScale()).isEqualTo(1.0);
  }

  private static NerTrainingConfig bagged(Path folder, int k) throws IOException {
    Files.writeString(folder.resolve(NerTrainingConfig.FEATURES_FILE), FEATURES);
    Files.writeString(
        folder.resolve(NerTrainingConfig.PARAMETERS_FILE),
        "Algorithm=PERCEPTRON\nIterations=20\nCutoff=0\nThreads=1\nCodec=BILOU\n"
            + "EmptySentenceStride=2\nBagging="
            + k
            + "\n");
    return NerTrainingConfig.load(folder);
  }

  @Test
  void baggingMembersDifferInTheSentencesWithoutSpansAndTheirOrder(@TempDir Path folder)
      throws IOException {
    SkillSpanTrainer trainer = new SkillSpanTrainer(bagged(folder, 3));
    List<AnnotatedSentence> all = sentences();

    List<AnnotatedSentence> first = trainer.member(all, 0);
    List<AnnotatedSentence> second = trainer.member(all, 1);
    List<AnnotatedSentence> third = trainer.member(all, 2);

    assertThat(first).isEqualTo(new SkillSpanTrainer(config).thinEmpty(all));
    assertThat(second).hasSize(9).filteredOn(s -> s.spans().isEmpty()).hasSize(3);
    assertThat(second.stream().filter(s -> s.spans().isEmpty())).doesNotContainAnyElementsOf(first);
    assertThat(third).containsExactlyInAnyOrderElementsOf(first).isNotEqualTo(first);
    assertThat(trainer.member(all, 2)).isEqualTo(third);
  }

  @Test
  void baggedModelIsReproducibleAndTagsTheSpansItLearned(@TempDir Path folder) throws IOException {
    SkillSpanTrainer trainer = new SkillSpanTrainer(bagged(folder, 3));
    Path model = folder.resolve("bagged.bin");
    Files.write(model, trainer.train(sentences(), line -> {}));

    assertThat(trainer.train(sentences(), line -> {})).isEqualTo(Files.readAllBytes(model));
    assertThat(Files.readAllBytes(model))
        .isNotEqualTo(new SkillSpanTrainer(config).train(sentences(), line -> {}));
    try (var in = Files.newInputStream(model)) {
      var loaded = new opennlp.tools.namefind.TokenNameFinderModel(in);
      assertThat(loaded.getManifestProperty(SkillSpanTrainer.BAGGING_PROPERTY)).isEqualTo("3");
    }
    assertTagsJavaAndTeamwork(model);
  }

  @Test
  void baggingNeedsThePerceptron(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve(NerTrainingConfig.FEATURES_FILE), FEATURES);
    Files.writeString(
        folder.resolve(NerTrainingConfig.PARAMETERS_FILE), "Algorithm=MAXENT\nBagging=3\n");

    assertThatThrownBy(() -> NerTrainingConfig.load(folder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bagging");
  }

  @Test
  void rejectsAnOutsideScaleAboveOne(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve(NerTrainingConfig.FEATURES_FILE), FEATURES);
    Files.writeString(folder.resolve(NerTrainingConfig.PARAMETERS_FILE), "OutsideScale=1.2\n");

    assertThatThrownBy(() -> NerTrainingConfig.load(folder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OutsideScale");
  }

  @Test
  void trainsWithWordClustersStoredInsideTheModel(@TempDir Path folder) throws IOException {
    Files.writeString(
        folder.resolve(NerTrainingConfig.FEATURES_FILE),
        FEATURES.replace(
            "</featureGenerators>",
            """
              <generator class="opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory">
                <str name="dict">toy-clusters.txt</str>
                <bool name="lowerCase">true</bool>
              </generator>
            </featureGenerators>
            """));
    Files.writeString(
        folder.resolve(NerTrainingConfig.PARAMETERS_FILE),
        "Algorithm=PERCEPTRON\nIterations=20\nCutoff=0\nCodec=BILOU\n");
    Files.writeString(folder.resolve("toy-clusters.txt"), "java c1\npython c1\nrust c1\n");
    NerTrainingConfig clustered = NerTrainingConfig.load(folder);
    Path model = folder.resolve("clustered.bin");
    SkillSpanTrainer trainer = new SkillSpanTrainer(clustered);
    Files.write(model, trainer.train(sentences(), line -> {}));

    assertThat(clustered.wordClusters()).containsOnlyKeys("toy-clusters.txt");
    assertThat(trainer.train(sentences(), line -> {})).isEqualTo(Files.readAllBytes(model));
    List<SkillSpan> spans =
        OpenNlpSkillSpanFinder.load(model)
            .find(List.of("You", "know", "Rust", "and", "work", "in", "a", "team", "."));
    assertThat(spans)
        .extracting(SkillSpan::start, SkillSpan::end, SkillSpan::kind)
        .contains(org.assertj.core.groups.Tuple.tuple(2, 3, Kind.KNOWLEDGE));
  }
}
