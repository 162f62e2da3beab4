package app.farol.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** {@code GET /v1/models}: the one model Farol serves, {@code farol}: the user's library. */
final class ModelsEndpoint implements ApiServer.Endpoint {
    private final ApiBackend backend;

    ModelsEndpoint(ApiBackend backend) {
        this.backend = backend;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        ObjectNode root = HttpCall.JSON.createObjectNode().put("object", "list");
        root.putArray("data")
                .addObject()
                .put("id", ApiServer.MODEL_ID)
                .put("object", "model")
                .put("created", 0)
                .put("owned_by", "farol")
                .put(
                        "description",
                        backend.hasModel()
                                ? "Answers from your documents, written by the local language model, with citations."
                                : "Answers from your documents with sentences quoted from them (no language model installed), with citations.");
        call.sendJson(200, root);
    }
}
