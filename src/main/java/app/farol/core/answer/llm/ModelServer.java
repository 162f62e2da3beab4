package app.farol.core.answer.llm;

import app.farol.core.secrets.Keyring;
import app.farol.core.secrets.SecretAccounts;
import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A model on an OpenAI-compatible server (vLLM, llama.cpp's server, Ollama, LM Studio, another
 * Farol's {@code serve}) that answers in place of the local engine. Written {@code URL} or
 * {@code URL#MODEL}, e.g. {@code http://gpu-box:8000/v1#llama-3.1-8b}; without a model name the
 * server's first listed model is used. The API key comes from the environment variable
 * {@value #KEY_VARIABLE}, else from the OS keyring ({@code farol secret set --model-server URL}),
 * never from the settings file.
 *
 * <p>Privacy: once configured, each question's prompt (the instructions, the passages chosen
 * from the user's documents, and the question) is sent to that server; nothing else is.
 */
public record ModelServer(URI baseUrl, Optional<String> model, Optional<String> apiKey) {
    public static final String KEY_VARIABLE = SecretAccounts.MODEL_SERVER_KEY;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(3);
    static final int DEFAULT_CONTEXT = 8192;

    /** Reads {@code URL} or {@code URL#MODEL}, with the key from {@code environment} only. */
    public static ModelServer parse(String spec, Map<String, String> environment) {
        return parse(spec, environment, Keyring.none(""));
    }

    /**
     * Reads {@code URL} or {@code URL#MODEL}, with the key from {@code environment}, else from
     * the keyring's account for this server ({@link SecretAccounts#modelServer}).
     */
    public static ModelServer parse(String spec, Map<String, String> environment, Keyring keyring) {
        URI uri;
        try {
            uri = URI.create(spec.strip());
        } catch (IllegalArgumentException e) {
            throw new FarolException("not a model server address: " + spec + " (write it like http://host:8000/v1)");
        }
        if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new FarolException("not a model server address: " + spec + " (write it like http://host:8000/v1)");
        }
        Optional<String> model = Optional.ofNullable(uri.getFragment()).filter(f -> !f.isBlank());
        String base = uri.toString();
        if (uri.getRawFragment() != null) {
            base = base.substring(0, base.indexOf('#'));
        }
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        URI baseUrl = URI.create(base);
        return new ModelServer(
                baseUrl,
                model,
                SecretAccounts.resolve(KEY_VARIABLE, SecretAccounts.modelServer(baseUrl), environment, keyring));
    }

    /**
     * Connects: asks the server for its models (to check the address and pick the model) and
     * returns an engine that streams answers from it.
     *
     * @throws FarolException naming the server when it cannot be reached or refuses
     */
    public ChatEngine connect() {
        String name = model.orElseGet(this::firstModel);
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder b = OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl.toString())
                .modelName(name)
                .timeout(ANSWER_TIMEOUT);
        b.apiKey(apiKey.orElse("none")); // servers on a private network often need no key, but the client wants one
        return new StreamingChatModelEngine(b.build(), name + " on " + baseUrl.getHost(), DEFAULT_CONTEXT);
    }

    private String firstModel() {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/models"))
                .timeout(CONNECT_TIMEOUT)
                .GET();
        apiKey.ifPresent(k -> request.header("Authorization", "Bearer " + k));
        HttpResponse<String> response;
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build()) {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new FarolException(
                    "cannot reach the model server " + baseUrl + ": "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())
                            + " (is it running, and is the address right?)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarolException("stopped while connecting to the model server " + baseUrl, e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new FarolException("the model server " + baseUrl + " refused the API key (HTTP "
                    + response.statusCode() + "): save a key it accepts with 'farol secret set --model-server "
                    + baseUrl + "', or set " + KEY_VARIABLE);
        }
        if (response.statusCode() != 200) {
            throw new FarolException("the model server " + baseUrl + " answered HTTP " + response.statusCode()
                    + " to /models" + " (is this an OpenAI-compatible address ending in /v1?)");
        }
        try {
            JsonNode data = new ObjectMapper().readTree(response.body()).path("data");
            if (data.isArray() && !data.isEmpty() && data.get(0).hasNonNull("id")) {
                return data.get(0).get("id").asText();
            }
        } catch (IOException e) {
            // fall through: not the listing we expected
        }
        throw new FarolException("the model server " + baseUrl + " lists no model: name one as " + baseUrl + "#MODEL");
    }
}
