package app.farol.bench;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A client of Farol's OpenAI-compatible API as an editor or a script is one: chat completions
 * over real HTTP, streamed (first word and words a second) or plain (many at once).
 */
final class ApiLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI completions;
    private final HttpClient http;

    ApiLoad(String baseUrl) {
        this.completions = URI.create(baseUrl + "/chat/completions");
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** One streamed answer as the client saw it: first content at, last content at, pieces. */
    record Streamed(double firstSeconds, double lastSeconds, int pieces) {
        double piecesPerSecond() {
            return pieces > 1 && lastSeconds > firstSeconds ? (pieces - 1) / (lastSeconds - firstSeconds) : 0;
        }
    }

    Streamed stream(String question) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<Stream<String>> response = http.send(request(question, true), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new FarolException("the API answered HTTP " + response.statusCode());
        }
        double first = -1;
        double last = 0;
        int pieces = 0;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.startsWith("data: ") || line.equals("data: [DONE]")) {
                    continue;
                }
                JsonNode delta =
                        JSON.readTree(line.substring(6)).path("choices").path(0).path("delta");
                if (!delta.path("content").asText("").isEmpty()) {
                    double at = (System.nanoTime() - t0) / 1e9;
                    first = first < 0 ? at : first;
                    last = at;
                    pieces++;
                }
            }
        }
        return new Streamed(first, last, pieces);
    }

    /** What {@code clients} clients asking in turn for {@code seconds} saw. */
    record Load(int requests, Map<String, Integer> errors, List<Double> latencies, double seconds) {
        double percentile(double p) {
            if (latencies.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    Load load(List<String> questions, int clients, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                while (System.nanoTime() < end) {
                    String q = questions.get((int) (next.getAndIncrement() % questions.size()));
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request(q, false), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200 && JSON.readTree(r.body()).has("choices")) {
                            latencies.add((System.nanoTime() - t) / 1e9);
                        } else {
                            errors.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double took = (System.nanoTime() - t0) / 1e9;
        return new Load(
                latencies.size()
                        + errors.values().stream().mapToInt(Integer::intValue).sum(),
                Map.copyOf(errors),
                List.copyOf(latencies),
                took);
    }

    private HttpRequest request(String question, boolean stream) throws IOException {
        String body = JSON.writeValueAsString(Map.of(
                "model", "farol", "stream", stream, "messages", List.of(Map.of("role", "user", "content", question))));
        return HttpRequest.newBuilder(completions)
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
