package org.credmatch.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load: {@code concurrency} clients each send {@code POST /api/v1/recommendations} and
 * send the next as soon as the answer comes, for a fixed time. Measures the throughput the server
 * sustains at that concurrency and the latency each request sees. Usage (docs/benchmarks.md):
 *
 * <pre>
 * java -cp $CP org.credmatch.bench.load.ClosedLoop --port 8080 --concurrency 8 --seconds 30
 * </pre>
 *
 * <p>Not thread-safe; one instance per run.
 */
public final class ClosedLoop {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final List<String> bodies;
  private final HttpClient http;

  public ClosedLoop(int port, List<String> ads) throws IOException {
    if (ads.isEmpty()) {
      throw new IllegalArgumentException("no ads to send");
    }
    this.port = port;
    List<String> out = new ArrayList<>();
    for (String ad : ads) {
      out.add(JSON.writeValueAsString(Map.of("text", ad, "limit", 10)));
    }
    this.bodies = List.copyOf(out);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** Runs {@code concurrency} clients for {@code duration}; requests still running then finish. */
  public LoadReport run(int concurrency, Duration duration) throws Exception {
    Map<String, Integer> errors = new ConcurrentHashMap<>();
    long start = System.nanoTime();
    long stop = start + duration.toNanos();
    List<Future<double[]>> clients = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      for (int c = 0; c < concurrency; c++) {
        int offset = c;
        clients.add(pool.submit(() -> client(offset, stop, errors)));
      }
      List<double[]> all = new ArrayList<>();
      for (Future<double[]> f : clients) {
        all.add(f.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double[] latencies = all.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
      int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
      double heap = LoadGenerator.heapUsed(metrics());
      return new LoadReport(
          latencies.length, latencies.length - failed, errors, seconds, latencies, heap, heap);
    }
  }

  private double[] client(int offset, long stop, Map<String, Integer> errors) {
    List<Double> latencies = new ArrayList<>();
    for (int i = offset; System.nanoTime() < stop; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/recommendations"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
              .build();
      long sent = System.nanoTime();
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
          errors.merge("HTTP " + status, 1, Integer::sum);
        }
      } catch (IOException e) {
        errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      latencies.add((System.nanoTime() - sent) / 1e6);
    }
    return latencies.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private String metrics() throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /**
   * Command line: {@code --port P --concurrency 1,8,32 --seconds 30 [--warmup 10]}; one report per
   * concurrency, after a warm-up at the highest one.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    int port = Integer.parseInt(opts.getOrDefault("--port", "8080"));
    int seconds = Integer.parseInt(opts.getOrDefault("--seconds", "30"));
    int warmup = Integer.parseInt(opts.getOrDefault("--warmup", "10"));
    List<Integer> levels =
        java.util.Arrays.stream(opts.getOrDefault("--concurrency", "1,8,32").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList();
    var loop = new ClosedLoop(port, LoadGenerator.committedAds());
    loop.run(levels.stream().max(Integer::compare).orElseThrow(), Duration.ofSeconds(warmup));
    for (int c : levels) {
      System.out.printf("concurrency %d, %d s%n", c, seconds);
      loop.run(c, Duration.ofSeconds(seconds)).print(System.out);
    }
  }
}
