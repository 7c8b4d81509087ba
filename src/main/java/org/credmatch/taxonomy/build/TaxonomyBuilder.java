package org.credmatch.taxonomy.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.credmatch.taxonomy.Taxonomy;

/**
 * Compiles the skill taxonomy from O*NET 29.2 and ESCO (the rules are in {@code
 * models/taxonomy/README.md}, {@link SkillMerger} and {@link DerivedLabelPass}). The facade of the
 * build: sources in, {@link Taxonomy} and {@link BuildReport} out. Stateless and thread-safe; each
 * build works on its own state.
 */
public final class TaxonomyBuilder {

  /** A compiled taxonomy with the report of how it was made. */
  public record Result(Taxonomy taxonomy, BuildReport report) {}

  /** The source records of one build, by kind. */
  private record Inputs(
      List<SourceRecord> concepts,
      List<SourceRecord> groups,
      List<SourceRecord> labels,
      List<SourceRecord> elements,
      List<SourceRecord> technologies,
      List<SourceRecord> tools,
      CommonWords common) {

    Map<String, Integer> counts() {
      Map<String, Integer> counts = new TreeMap<>();
      counts.put("ESCO v1.2.0 collection skills", concepts.size());
      counts.put("ESCO v1.2.0 skill groups", groups.size());
      counts.put("ESCO v1.1.0 labels", labels.size());
      counts.put("O*NET elements (Skills, Knowledge)", elements.size());
      counts.put("O*NET technologies", technologies.size());
      counts.put("O*NET tools", tools.size());
      counts.put("ordinary English words", common.size());
      return counts;
    }
  }

  /**
   * Builds the taxonomy. The same sources always give the same taxonomy.
   *
   * @throws TaxonomySourceException when a source file lacks a required column
   */
  public Result build(TaxonomySources sources) throws IOException {
    Inputs in = read(sources);
    var counter = new BuildReport.Counter();
    var merger = new SkillMerger(counter);
    List<SourceRecord> anchors = new ArrayList<>(in.concepts());
    anchors.addAll(in.groups());
    merger.addAnchors(anchors);
    merger.addEscoLabels(in.labels());
    merger.addOnetElements(in.elements());
    List<SourceRecord> examples = new ArrayList<>(in.technologies());
    examples.addAll(in.tools());
    merger.addOnetExamples(examples);
    var derived = new DerivedLabels(in.common(), capitalisedNames(anchors));
    List<Cluster> clusters = new DerivedLabelPass(derived, merger, counter).run();
    Taxonomy taxonomy = new Taxonomy(clusters.stream().map(Cluster::toSkill).toList());
    return new Result(taxonomy, new BuildReport(in.counts(), counter.counts()));
  }

  private static Inputs read(TaxonomySources sources) throws IOException {
    Map<String, String> groupLabels = EscoSource.groupLabels(sources.esco());
    return new Inputs(
        EscoSource.collections(sources.esco(), groupLabels),
        EscoSource.groups(sources.esco()),
        EscoSource.labels110(sources.esco110().resolve(TaxonomySources.ESCO_110_LABELS)),
        OnetSource.elements(sources.onet().resolve("content-model-reference.txt")),
        OnetSource.technologies(sources.onet().resolve("technology-skills.txt")),
        OnetSource.tools(sources.onet().resolve("tools-used.txt")),
        CommonWords.from(sources));
  }

  /** Normalised names of ESCO skills written with a capital, as products and languages are. */
  private static Set<String> capitalisedNames(List<SourceRecord> anchors) {
    Set<String> names = new HashSet<>();
    for (SourceRecord r : anchors) {
      if (Character.isUpperCase(r.label().codePointAt(0))) {
        names.add(Taxonomy.normalize(r.label()));
        names.add(Taxonomy.normalize(Cluster.core(r.label())));
      }
    }
    return names;
  }
}
