package app.farol.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /v1/embeddings}: MiniLM vectors (384 numbers, unit length) for one text or a list. */
final class EmbeddingsEndpoint implements ApiServer.Endpoint {
    static final int MAX_INPUTS = 256;
    private final ApiBackend backend;

    EmbeddingsEndpoint(ApiBackend backend) {
        this.backend = backend;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        JsonNode input = call.jsonBody().get("input");
        List<String> texts = new ArrayList<>();
        if (input != null && input.isTextual()) {
            texts.add(input.asText());
        } else if (input != null && input.isArray()) {
            for (JsonNode t : input) {
                if (!t.isTextual()) {
                    throw ApiError.invalid("Each input must be a string (token arrays are not supported).", "input");
                }
                texts.add(t.asText());
            }
        } else {
            throw ApiError.invalid("'input' must be a string or an array of strings.", "input");
        }
        if (texts.isEmpty() || texts.size() > MAX_INPUTS) {
            throw ApiError.invalid("Give between 1 and " + MAX_INPUTS + " inputs.", "input");
        }
        List<float[]> vectors = backend.embedder().embedAll(texts);
        ObjectNode root = HttpCall.JSON
                .createObjectNode()
                .put("object", "list")
                .put("model", backend.embedder().name());
        ArrayNode data = root.putArray("data");
        int tokens = 0;
        for (int i = 0; i < vectors.size(); i++) {
            ArrayNode numbers =
                    data.addObject().put("object", "embedding").put("index", i).putArray("embedding");
            for (float v : vectors.get(i)) {
                numbers.add(v);
            }
            tokens += backend.embedder().countTokens(texts.get(i));
        }
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        call.sendJson(200, root);
    }
}
