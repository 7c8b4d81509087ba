package org.credmatch.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on {@code POST /api/v1/recommendations} of a server on 127.0.0.1: requests leave
 * at a fixed rate whatever the answers do, latency counts from the planned send time, and the run
 * is bounded by a duration and a request count. Usage (see docs/operations.md):
 *
 * <pre>
 * java -cp target/test-classes:target/credmatch.jar org.credmatch.bench.load.LoadGenerator \
 *     --port 8080 [--rate 10] [--seconds 300] [--max-requests N] [--ads FILE]
 * </pre>
 *
 * <p>Not thread-safe; one instance per run.
 */
public final class LoadGenerator {

  /** The committed ads (written for this project). */
  public static final String ADS_RESOURCE = "/load/ads.txt";

  private static final Pattern HEAP =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}\\s+(\\S+)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What to run.
   *
   * @param port the server's port on 127.0.0.1
   * @param rate requests per second
   * @param duration how long to send
   * @param maxRequests most requests to send
   */
  public record Settings(int port, double rate, Duration duration, int maxRequests) {
    public Settings {
      if (port < 1 || port > 65_535 || rate <= 0 || rate > 1_000 || maxRequests < 1) {
        throw new IllegalArgumentException(
            "need a port, a rate in (0, 1000] and max requests >= 1");
      }
    }

    int requests() {
      return (int) Math.min(maxRequests, Math.floor(duration.toNanos() / 1e9 * rate));
    }
  }

  private final Settings settings;
  private final List<String> ads;
  private final HttpClient http;
  private final Map<String, Integer> errors = new ConcurrentHashMap<>();
  private final AtomicInteger ok = new AtomicInteger();
  private final DoubleAccumulator heapMax = new DoubleAccumulator(Math::max, -1);
  private double[] latencies;

  public LoadGenerator(Settings settings, List<String> ads) {
    if (ads.isEmpty()) {
      throw new IllegalArgumentException("no ads to send");
    }
    this.settings = settings;
    this.ads = List.copyOf(ads);
    this.http =
        HttpClient.newBuilder()
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Ads of a file in the committed format: separated by {@code ---} lines, {@code #} comments. */
  public static List<String> parseAds(String text) {
    List<String> ads = new ArrayList<>();
    StringBuilder ad = new StringBuilder();
    for (String line : (text + "\n---").split("\n")) {
      if (line.strip().equals("---")) {
        if (!ad.isEmpty()) {
          ads.add(ad.toString().strip());
        }
        ad.setLength(0);
      } else if (!line.startsWith("#")) {
        ad.append(line).append('\n');
      }
    }
    return ads;
  }

  /** The heap used in bytes summed over pools, from a Prometheus scrape (-1 when absent). */
  public static double heapUsed(String metrics) {
    Matcher m = HEAP.matcher(metrics);
    double sum = 0;
    boolean found = false;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
      found = true;
    }
    return found ? sum : -1;
  }

  /** Sends the load and waits for every answer (at most 60 s after the last send). */
  public LoadReport run() throws IOException, InterruptedException {
    int n = settings.requests();
    latencies = new double[n];
    java.util.Arrays.fill(latencies, Double.NaN);
    long period = (long) (1e9 / settings.rate());
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(this::sampleHeap, 0, 5, TimeUnit.SECONDS);
    List<CompletableFuture<Void>> pending = new ArrayList<>(n);
    long start = System.nanoTime();
    try {
      for (int i = 0; i < n; i++) {
        long planned = start + i * period;
        sleepUntil(planned);
        pending.add(send(i, planned));
      }
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      errors.merge(
          "unanswered", (int) pending.stream().filter(f -> !f.isDone()).count(), Integer::sum);
    } finally {
      sampler.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double heapEnd = heapUsed(get("/metrics"));
    heapMax.accumulate(heapEnd);
    return new LoadReport(n, ok.get(), errors, seconds, latencies, heapEnd, heapMax.get());
  }

  private CompletableFuture<Void> send(int i, long planned) throws IOException {
    String body = JSON.writeValueAsString(Map.of("text", ads.get(i % ads.size()), "limit", 10));
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/v1/recommendations"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failure) -> {
              latencies[i] = (System.nanoTime() - planned) / 1e6;
              if (failure != null) {
                errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
              } else if (response.statusCode() != 200) {
                errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
              } else {
                ok.incrementAndGet();
              }
              return null;
            });
  }

  private void sampleHeap() {
    try {
      heapMax.accumulate(heapUsed(get("/metrics")));
    } catch (IOException e) {
      errors.merge("metrics " + e.getClass().getSimpleName(), 1, Integer::sum);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + settings.port() + path);
  }

  private static void sleepUntil(long nanos) throws InterruptedException {
    long wait = nanos - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /** Command line: see the class comment. */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    double rate = Double.parseDouble(opts.getOrDefault("--rate", "10"));
    int seconds = Integer.parseInt(opts.getOrDefault("--seconds", "300"));
    var settings =
        new Settings(
            Integer.parseInt(opts.getOrDefault("--port", "8080")),
            rate,
            Duration.ofSeconds(seconds),
            Integer.parseInt(opts.getOrDefault("--max-requests", "1000000")));
    String ads =
        opts.containsKey("--ads")
            ? Files.readString(Path.of(opts.get("--ads")))
            : resource(ADS_RESOURCE);
    new LoadGenerator(settings, parseAds(ads)).run().print(System.out);
  }

  /** The committed ads of {@value #ADS_RESOURCE}. */
  public static List<String> committedAds() throws IOException {
    return parseAds(resource(ADS_RESOURCE));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LoadGenerator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
