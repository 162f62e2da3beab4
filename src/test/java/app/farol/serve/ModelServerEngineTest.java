package app.farol.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.AnswerSettings;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.ModelServer;
import app.farol.core.answer.service.AnswerService;
import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.Keyrings;
import app.farol.core.secrets.SecretAccounts;
import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.testing.SecretService;
import app.farol.testing.SharedEmbedder;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model-server engine (langchain4j's OpenAI client) against a real OpenAI-compatible server:
 * Farol's own {@code serve}, over real HTTP on loopback, both sides real.
 */
class ModelServerEngineTest {
    static final String TOKEN = "token-for-the-model-server-test";

    @TempDir
    static Path temp;

    static SampleDocsBackend backend;
    static ApiServer server;

    @BeforeAll
    static void serve() {
        backend = new SampleDocsBackend(temp.resolve("index"));
        server = ApiServer.start(
                backend, new ApiConfig("127.0.0.1", 0, Optional.of(TOKEN), ApiConfig.DEFAULT_MAX_BODY, 6000));
    }

    @AfterAll
    static void close() {
        server.close();
        backend.close();
    }

    @Test
    void should_answer_through_the_server_streaming_its_words() {
        ModelServer remote = ModelServer.parse(server.baseUrl(), Map.of(ModelServer.KEY_VARIABLE, TOKEN));
        try (ChatEngine engine = remote.connect()) {
            assertThat(engine.name()).isEqualTo("farol on 127.0.0.1");
            AnswerService service =
                    new AnswerService(backend.retriever(), SharedEmbedder.get(), engine, AnswerSettings.defaults());
            AtomicInteger pieces = new AtomicInteger();
            StringBuilder streamed = new StringBuilder();
            Answer a = service.ask(
                    List.of(),
                    "How long is the warranty of the coffee machine?",
                    new AnswerListener() {
                        @Override
                        public void onToken(String text) {
                            pieces.incrementAndGet();
                            streamed.append(text);
                        }
                    },
                    CancelToken.none());

            assertThat(a.mode()).isEqualTo(Answer.Mode.LLM);
            assertThat(pieces.get()).isPositive();
            // the served Farol reads the whole prompt as its question, so only the transport is asserted
            assertThat(streamed.toString()).contains("[1]").isNotBlank();
            assertThat(a.grounded()).isTrue();
            assertThat(a.citations()).isNotEmpty();
        }
    }

    @Test
    void should_take_the_key_from_the_keyring_when_the_environment_has_none() throws Exception {
        try (SecretService keyringService = SecretService.start(temp.resolve("keyring-home"))) {
            Keyring keyring = Keyrings.of("Linux", keyringService.environment());
            URI base = URI.create(server.baseUrl().replaceAll("/$", ""));
            keyring.save(SecretAccounts.modelServer(base), TOKEN);

            ModelServer remote = ModelServer.parse(server.baseUrl(), Map.of(), keyring);
            assertThat(remote.apiKey()).contains(TOKEN);
            try (ChatEngine engine = remote.connect()) { // /v1/models answers only with the token
                assertThat(engine.name()).isEqualTo("farol on 127.0.0.1");
            }
        }
    }

    @Test
    void should_name_the_model_given_after_the_hash() {
        ModelServer remote = ModelServer.parse("http://127.0.0.1:" + server.port() + "/v1/#farol", Map.of());
        assertThat(remote.model()).contains("farol");
        assertThat(remote.baseUrl()).hasToString("http://127.0.0.1:" + server.port() + "/v1");
        assertThat(remote.apiKey()).isEmpty();
    }

    @Test
    void should_say_which_server_refused_the_key() {
        ModelServer wrongKey = ModelServer.parse(server.baseUrl(), Map.of(ModelServer.KEY_VARIABLE, "not-the-token"));
        assertThatThrownBy(wrongKey::connect)
                .isInstanceOf(FarolException.class)
                .hasMessageContaining(server.baseUrl())
                .hasMessageContaining("refused the API key")
                .hasMessageContaining(ModelServer.KEY_VARIABLE);
    }

    @Test
    void should_say_which_server_cannot_be_reached() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ModelServer nobody = ModelServer.parse("http://127.0.0.1:" + closedPort + "/v1", Map.of());
        assertThatThrownBy(nobody::connect)
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("cannot reach the model server http://127.0.0.1:" + closedPort + "/v1");
    }

    @Test
    void should_refuse_an_address_that_is_not_http() {
        assertThatThrownBy(() -> ModelServer.parse("gpu-box:8000", Map.of()))
                .isInstanceOf(FarolException.class)
                .hasMessageContaining("http://host:8000/v1");
    }
}
