package app.farol.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Farol's OpenAI-compatible API over a real index of sample-docs, asked through a real HTTP client. */
class ApiServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String WARRANTY = "How long is the warranty of the coffee machine?";

    @TempDir
    static Path temp;

    static SampleDocsBackend backend;
    static ApiServer server;
    static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void serveSampleDocs() {
        backend = new SampleDocsBackend(temp.resolve("index"));
        server = ApiServer.start(backend, ApiConfig.loopback(0));
    }

    @AfterAll
    static void close() {
        server.close();
        backend.close();
    }

    @Test
    void should_list_the_farol_model() throws Exception {
        HttpResponse<String> r = get(server, "/models");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode data = JSON.readTree(r.body()).get("data");
        assertThat(data).hasSize(1);
        assertThat(data.get(0).get("id").asText()).isEqualTo("farol");
    }

    @Test
    void should_answer_a_chat_completion_from_the_documents_with_its_sources() throws Exception {
        HttpResponse<String> r = post(server, "/chat/completions", chat(WARRANTY, false), null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        String content = body.at("/choices/0/message/content").asText();
        assertThat(body.at("/choices/0/message/role").asText()).isEqualTo("assistant");
        assertThat(content).contains("[1]");
        assertThat(body.at("/farol/grounded").asBoolean()).isTrue();
        assertThat(body.at("/farol/citations/0/path").asText()).endsWith("coffee-machine-manual.pdf");
        assertThat(body.at("/farol/citations/0/text").asText()).isNotBlank();
    }

    @Test
    void should_stream_the_same_answer_as_server_sent_events_ending_in_done() throws Exception {
        String plain = JSON.readTree(post(server, "/chat/completions", chat(WARRANTY, false), null)
                        .body())
                .at("/choices/0/message/content")
                .asText();
        HttpResponse<String> r = post(server, "/chat/completions", chat(WARRANTY, true), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = r.body()
                .lines()
                .filter(l -> l.startsWith("data: "))
                .map(l -> l.substring(6))
                .toList();
        assertThat(events.getLast()).isEqualTo("[DONE]");
        StringBuilder streamed = new StringBuilder();
        for (String e : events.subList(0, events.size() - 1)) {
            JsonNode chunk = JSON.readTree(e);
            assertThat(chunk.get("object").asText()).isEqualTo("chat.completion.chunk");
            streamed.append(chunk.at("/choices/0/delta/content").asText(""));
        }
        assertThat(streamed.toString()).isEqualTo(plain);
        JsonNode last = JSON.readTree(events.get(events.size() - 2));
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(last.at("/farol/citations/0/path").asText()).endsWith("coffee-machine-manual.pdf");
    }

    @Test
    void should_answer_a_bad_request_with_an_openai_error_object() throws Exception {
        assertError(post(server, "/chat/completions", "{\"model\":\"farol\"}", null), 400, "invalid_request_error");
        assertError(post(server, "/chat/completions", "{not json", null), 400, "invalid_request_error");
        assertError(
                post(
                        server,
                        "/chat/completions",
                        "{\"model\":\"gpt-4\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                        null),
                404,
                "invalid_request_error");
        assertError(post(server, "/search", "{\"query\":\"coffee\",\"k\":0}", null), 400, "invalid_request_error");
        assertError(get(server, "/chat/completions"), 405, "invalid_request_error");
        assertError(get(server, "/nothing-here"), 404, "invalid_request_error");
    }

    @Test
    void should_answer_a_question_as_long_as_a_whole_prompt() throws Exception {
        String longQuestion =
                ("Which words of the coffee machine manual, the rental contract and the vaccination record "
                                + "talk about warranty, rent, tetanus boosters, descaling and water tanks? ")
                        .repeat(30);
        HttpResponse<String> r = post(server, "/chat/completions", chat(longQuestion, false), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void should_refuse_an_oversized_body_without_reading_it_all() throws Exception {
        String huge = "{\"input\":\"" + "x".repeat(ApiConfig.DEFAULT_MAX_BODY + 10) + "\"}";
        for (int i = 0; i < 5; i++) { // the next request on the same client must not meet a dead connection
            assertError(post(server, "/embeddings", huge, null), 413, "invalid_request_error");
            assertError(post(server, "/chat/completions", "{\"model\":\"farol\"}", null), 400, "invalid_request_error");
        }
    }

    @Test
    void should_embed_texts_with_minilm() throws Exception {
        HttpResponse<String> r = post(
                server,
                "/embeddings",
                "{\"model\":\"farol\",\"input\":[\"coffee machine\",\"contrato de aluguel\"]}",
                null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode data = JSON.readTree(r.body()).get("data");
        assertThat(data).hasSize(2);
        double norm = 0;
        for (JsonNode v : data.get(0).get("embedding")) {
            norm += v.asDouble() * v.asDouble();
        }
        assertThat(data.get(0).get("embedding")).hasSize(384);
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void should_search_the_library() throws Exception {
        HttpResponse<String> r =
                post(server, "/search", "{\"query\":\"descale the coffee machine\",\"k\":3,\"types\":[\"pdf\"]}", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode hits = JSON.readTree(r.body()).get("hits");
        assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(hits.get(0).get("path").asText()).endsWith(".pdf");
    }

    @Test
    void should_refuse_to_listen_off_loopback_without_a_token() {
        ApiConfig open = new ApiConfig("0.0.0.0", 0, Optional.empty(), ApiConfig.DEFAULT_MAX_BODY, 100);
        assertThatThrownBy(() -> ApiServer.start(backend, open))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("--token-file");
    }

    @Test
    void should_require_the_token_when_bound_off_loopback() throws Exception {
        String token = "a-long-random-token-for-tests";
        try (ApiServer guarded = ApiServer.start(
                backend, new ApiConfig("0.0.0.0", 0, Optional.of(token), ApiConfig.DEFAULT_MAX_BODY, 100))) {
            assertError(post(guarded, "/search", "{\"query\":\"coffee\"}", null), 401, "invalid_request_error");
            assertError(
                    post(guarded, "/search", "{\"query\":\"coffee\"}", "wrong-token"), 401, "invalid_request_error");
            assertThat(post(guarded, "/search", "{\"query\":\"coffee\"}", token).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void should_limit_the_rate_of_one_client() throws Exception {
        try (ApiServer limited = ApiServer.start(
                backend, new ApiConfig("127.0.0.1", 0, Optional.empty(), ApiConfig.DEFAULT_MAX_BODY, 20))) {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 6; i++) { // a burst of a tenth of a minute's 20 requests is 2
                codes.add(get(limited, "/models").statusCode());
            }
            assertThat(codes).contains(200, 429);
            HttpResponse<String> refused = get(limited, "/models");
            assertError(refused, 429, "rate_limit_error");
        }
    }

    @Test
    void should_serve_concurrent_clients_without_errors() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> codes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                boolean ask = i % 3 == 0;
                codes.add(clients.submit(() -> ask
                        ? post(server, "/chat/completions", chat("Qual é o valor do aluguel?", false), null)
                                .statusCode()
                        : post(server, "/search", "{\"query\":\"warranty\"}", null)
                                .statusCode()));
            }
            for (Future<Integer> c : codes) {
                assertThat(c.get()).isEqualTo(200);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static String chat(String question, boolean stream) {
        return JSON.createObjectNode()
                .put("model", "farol")
                .put("stream", stream)
                .set(
                        "messages",
                        JSON.createArrayNode()
                                .add(JSON.createObjectNode().put("role", "user").put("content", question)))
                .toString();
    }

    private static void assertError(HttpResponse<String> r, int status, String type) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode error = JSON.readTree(r.body()).get("error");
        assertThat(error.get("type").asText()).isEqualTo(type);
        assertThat(error.get("message").asText()).isNotBlank();
    }

    private static HttpResponse<String> get(ApiServer s, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(local(s) + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(ApiServer s, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(local(s) + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String local(ApiServer s) {
        return "http://127.0.0.1:" + s.port() + "/v1";
    }
}
