package app.farol.serve;

import app.farol.core.retrieval.SearchHit;
import app.farol.core.retrieval.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/search}: Farol's hybrid search. Body {@code {"query": "...", "k": 10,
 * "folders": [...], "types": ["pdf"]}}; answer {@code {"hits": [{path, page, heading, score, text,
 * snippet, start, end}]}}, the same fields as {@code farol search --json}.
 */
final class SearchEndpoint implements ApiServer.Endpoint {
    static final int MAX_K = 100;
    private final ApiBackend backend;

    SearchEndpoint(ApiBackend backend) {
        this.backend = backend;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        ObjectNode body = call.jsonBody();
        JsonNode query = body.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            throw ApiError.invalid("'query' must be a non-empty string.", "query");
        }
        int k = body.path("k").asInt(10);
        if (k < 1 || k > MAX_K) {
            throw ApiError.invalid("'k' must be between 1 and " + MAX_K + ".", "k");
        }
        List<Path> folders = strings(body, "folders").stream().map(Path::of).toList();
        List<String> types = strings(body, "types").stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .toList();
        List<SearchHit> hits = backend.retriever().search(new SearchRequest(query.asText(), k, folders, types));
        ObjectNode root = HttpCall.JSON.createObjectNode();
        ArrayNode out = root.putArray("hits");
        for (SearchHit h : hits) {
            out.addObject()
                    .put("path", h.path().toString())
                    .put("page", h.page())
                    .put("scanned", h.scanned())
                    .put("heading", h.heading())
                    .put("score", h.score())
                    .put("text", h.text())
                    .put("snippet", h.snippet())
                    .put("start", h.startOffset())
                    .put("end", h.endOffset())
                    .put("part", h.part());
        }
        call.sendJson(200, root);
    }

    private static List<String> strings(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw ApiError.invalid("'" + field + "' must be an array of strings.", field);
        }
        node.forEach(n -> values.add(n.asText()));
        return values;
    }
}
