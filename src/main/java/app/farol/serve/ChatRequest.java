package app.farol.serve;

import app.farol.core.answer.Turn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat completion request read into what Farol needs: the last user message is the question;
 * earlier user/assistant pairs are the conversation, so a follow-up can refer to them. System
 * messages are ignored: Farol's own instructions keep the answer grounded and cited.
 */
record ChatRequest(String question, List<Turn> history, boolean stream) {
    // a whole prompt when another Farol uses this one as its model server (--model-server)
    static final int MAX_QUESTION_CHARS = 32_000;

    static ChatRequest read(ObjectNode body) {
        JsonNode model = body.get("model");
        if (model != null && !model.isNull() && !model.asText().equals(ApiServer.MODEL_ID)) {
            throw new ApiError(
                    404,
                    "invalid_request_error",
                    "The model '" + model.asText() + "' does not exist: Farol serves '" + ApiServer.MODEL_ID + "'.",
                    "model",
                    "model_not_found");
        }
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw ApiError.invalid("'messages' must be a non-empty array.", "messages");
        }
        List<String[]> said = new ArrayList<>(); // role, text
        for (JsonNode m : messages) {
            String role = m.path("role").asText("");
            if (!List.of("system", "user", "assistant", "developer", "tool").contains(role)) {
                throw ApiError.invalid("Each message needs a role: system, user or assistant.", "messages");
            }
            said.add(new String[] {role, content(m.get("content"))});
        }
        String[] last = said.getLast();
        if (!last[0].equals("user") || last[1].isBlank()) {
            throw ApiError.invalid("The last message must be the user's question.", "messages");
        }
        if (last[1].length() > MAX_QUESTION_CHARS) {
            throw ApiError.invalid("The question is longer than " + MAX_QUESTION_CHARS + " characters.", "messages");
        }
        List<Turn> history = new ArrayList<>();
        String pendingQuestion = null;
        for (String[] m : said.subList(0, said.size() - 1)) {
            if (m[0].equals("user")) {
                pendingQuestion = m[1];
            } else if (m[0].equals("assistant") && pendingQuestion != null) {
                history.add(new Turn(pendingQuestion, pendingQuestion, m[1]));
                pendingQuestion = null;
            }
        }
        return new ChatRequest(last[1].strip(), history, body.path("stream").asBoolean(false));
    }

    /** A message's text: a string, or the text parts of an array of content parts. */
    private static String content(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode part : content) {
                if (part.path("type").asText().equals("text")) {
                    text.append(part.path("text").asText());
                }
            }
            return text.toString();
        }
        throw ApiError.invalid("A message's content must be a string or an array of text parts.", "messages");
    }
}
