package app.farol.serve;

import app.farol.core.answer.Answer;
import app.farol.core.answer.AnswerListener;
import app.farol.core.answer.Citation;
import app.farol.core.answer.Passage;
import app.farol.core.util.CancelToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.UUID;

/**
 * {@code POST /v1/chat/completions}: the question answered from the library, as {@code farol ask}
 * answers it (by the local model when one is installed, else with sentences from the documents).
 * The text carries {@code [n]} markers; the extra field {@code "farol"} gives, for each n, the
 * file, page, character range and cited text, and whether the answer is grounded at all. With
 * {@code "stream": true} the words arrive as server-sent events, the sources in the last event
 * before {@code [DONE]}. A client that goes away stops the model.
 */
final class ChatCompletionsEndpoint implements ApiServer.Endpoint {
    private final ApiBackend backend;

    ChatCompletionsEndpoint(ApiBackend backend) {
        this.backend = backend;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public void handle(HttpCall call) throws IOException {
        ChatRequest request = ChatRequest.read(call.jsonBody());
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        if (!request.stream()) {
            Answer answer = backend.answers()
                    .ask(request.history(), request.question(), AnswerListener.NONE, CancelToken.none());
            ObjectNode root = envelope(id, created, "chat.completion");
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", answer.text());
            choice.put("finish_reason", answer.complete() ? "stop" : "length");
            root.set("farol", sources(answer));
            call.sendJson(200, root);
            return;
        }
        call.startEvents();
        CancelToken cancel = new CancelToken();
        boolean model = backend.hasModel();
        AnswerListener listener = new AnswerListener() {
            boolean first = true;

            @Override
            public void onToken(String text) {
                send(delta(text));
            }

            @Override
            public void onAnswer(Answer answer) {
                if (!model || answer.mode() == Answer.Mode.EXTRACTIVE) {
                    send(delta(answer.text())); // no model streamed it: the whole answer at once
                }
            }

            private ObjectNode delta(String text) {
                ObjectNode chunk = envelope(id, created, "chat.completion.chunk");
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
                ObjectNode d = choice.putObject("delta");
                if (first) {
                    d.put("role", "assistant");
                    first = false;
                }
                d.put("content", text);
                choice.putNull("finish_reason");
                return chunk;
            }

            private void send(ObjectNode chunk) {
                if (cancel.isCancelled()) {
                    return;
                }
                try {
                    call.event(chunk.toString());
                } catch (IOException e) {
                    cancel.cancel(); // the client went away: stop the model
                }
            }
        };
        Answer answer = backend.answers().ask(request.history(), request.question(), listener, cancel);
        if (cancel.isCancelled()) {
            return;
        }
        ObjectNode last = envelope(id, created, "chat.completion.chunk");
        last.putArray("choices")
                .addObject()
                .put("index", 0)
                .put("finish_reason", answer.complete() ? "stop" : "length")
                .putObject("delta");
        last.set("farol", sources(answer));
        call.event(last.toString());
        call.event("[DONE]");
    }

    private static ObjectNode envelope(String id, long created, String object) {
        return HttpCall.JSON
                .createObjectNode()
                .put("id", id)
                .put("object", object)
                .put("created", created)
                .put("model", ApiServer.MODEL_ID);
    }

    /** The extra field: what each [n] cites, or the closest passages when nothing answered. */
    static ObjectNode sources(Answer a) {
        ObjectNode farol = HttpCall.JSON.createObjectNode();
        farol.put("grounded", a.grounded()).put("mode", a.mode() == Answer.Mode.LLM ? "llm" : "extractive");
        ArrayNode cites = farol.putArray("citations");
        for (Citation c : a.citations()) {
            cites.addObject()
                    .put("n", c.n())
                    .put("path", c.path().toString())
                    .put("page", c.page())
                    .put("start", c.startOffset())
                    .put("end", c.endOffset())
                    .put("scanned", c.scanned())
                    .put("text", c.text());
        }
        if (!a.grounded()) {
            ArrayNode closest = farol.putArray("closest");
            for (Passage p : a.passages()) {
                closest.addObject()
                        .put("path", p.path().toString())
                        .put("page", p.page())
                        .put("text", p.text());
            }
        }
        return farol;
    }
}
