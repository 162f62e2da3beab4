package app.farol.core.answer.llm;

import com.github.tjake.jlama.model.AbstractModel;
import com.github.tjake.jlama.safetensors.prompt.PromptSupport;
import java.util.Optional;

/**
 * Renders a {@link ChatPrompt} with the model's own chat template, split into the part before the
 * user message (the same for every question with the same instructions: the reusable prefix) and
 * the rest. Falls back to a plain layout when the model has no chat template. Thread-safe.
 */
final class PromptTemplate {
    /**
     * Stands for the user message while the template renders. Private-use characters, not NUL:
     * Llama 3's template trims each message ({@code message['content'] | trim}) and Jinjava's
     * trim strips control characters, which turned a NUL-delimited sentinel into plain text.
     */
    private static final String SENTINEL = "\uE000FAROL-USER-MESSAGE\uE000";

    private final Optional<PromptSupport> support;

    /** The prompt in two parts: {@code prefix + suffix} is the whole text the model reads. */
    record Rendered(String prefix, String suffix) {}

    PromptTemplate(AbstractModel model) {
        this.support = model.promptSupport();
    }

    Rendered render(ChatPrompt prompt) {
        String whole = whole(prompt.instructions(), SENTINEL);
        int at = whole.indexOf(SENTINEL);
        if (at < 0) {
            // A template that drops or rewrites the message: no reusable prefix, the message rendered as it is.
            return new Rendered("", whole(prompt.instructions(), prompt.userMessage()));
        }
        return new Rendered(whole.substring(0, at), prompt.userMessage() + whole.substring(at + SENTINEL.length()));
    }

    private String whole(String instructions, String userMessage) {
        if (support.isPresent()) {
            return support.get()
                    .builder()
                    .addSystemMessage(instructions)
                    .addUserMessage(userMessage)
                    .build()
                    .getPrompt();
        }
        return instructions + "\n\n" + userMessage + "\n\nAnswer:\n";
    }
}
