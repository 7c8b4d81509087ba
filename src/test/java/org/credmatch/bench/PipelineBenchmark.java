package org.credmatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.credmatch.catalog.CatalogStore;
import org.credmatch.catalog.Credential;
import org.credmatch.index.CatalogIndex;
import org.credmatch.index.ConfigFiles;
import org.credmatch.index.IndexBuilder;
import org.credmatch.index.IndexLayout;
import org.credmatch.index.IndexSchema;
import org.credmatch.search.Filters;
import org.credmatch.search.RankingConfig;
import org.credmatch.search.Recommendation;
import org.credmatch.search.RecommendationRequest;
import org.credmatch.search.Recommender;
import org.credmatch.skills.Extraction;
import org.credmatch.skills.SkillExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH microbenchmarks of the pipeline stages for one ad: extraction, query building and search from
 * already extracted skills, a full recommendation, and the BM25 whole-ad baseline on the same
 * index. {@code catalogSize} 0 indexes the real default catalog; other sizes a {@link
 * SyntheticCatalog}. JMH runs each benchmark on its own thread; the state is shared read-only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

  /** Which ad: its word count label. */
  @Param({"300", "600", "1500"})
  public String words;

  /** Credentials to index; 0 for the real catalog. */
  @Param({"0"})
  public int catalogSize;

  private Path dir;
  private CatalogIndex index;
  private SkillExtractor extractor;
  private Recommender recommender;
  private String ad;
  private Extraction extraction;
  private RecommendationRequest request;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ConfigFiles config = ConfigFiles.packaged();
    IndexSchema schema = IndexSchema.load(config);
    dir = Files.createTempDirectory("credmatch-jmh");
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    List<Credential> real = CatalogStore.readDefault();
    List<Credential> catalog =
        catalogSize <= 0
            ? real
            : SyntheticCatalog.generate(real, catalogSize, SyntheticCatalog.DEFAULT_SEED);
    new IndexBuilder(schema, config).build(catalog, layout, IndexBuilder.Progress.NONE);
    index = CatalogIndex.open(layout, schema, config).orElseThrow();
    extractor = ScaleBenchmark.shippedExtractor();
    recommender = new Recommender(index, extractor, RankingConfig.load(config));
    ad = BenchAds.all().get(words);
    extraction = extractor.extract(ad);
    request = RecommendationRequest.of(ad, 10);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
    ScaleBenchmark.deleteTree(dir);
  }

  @Benchmark
  public Extraction extract() {
    return extractor.extract(ad);
  }

  /** Query building and search (ranking, stacks, facets) from skills already extracted. */
  @Benchmark
  public Recommendation searchExtractedSkills() throws IOException {
    return recommender.search(extraction.skills(), "", request);
  }

  @Benchmark
  public Recommendation recommend() throws IOException {
    return recommender.recommend(request);
  }

  @Benchmark
  public List<Credential> baselineBm25() throws IOException {
    return recommender.baseline(ad, Filters.NONE, 10);
  }
}
