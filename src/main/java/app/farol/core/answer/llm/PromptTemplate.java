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
    private static final String SENTINEL = "\u0000FAROL-USER-MESSAGE\u0000";
    private final Optional<PromptSupport> support;

    /** The prompt in two parts: {@code prefix + suffix} is the whole text the model reads. */
    record Rendered(String prefix, String suffix) {}

    PromptTemplate(AbstractModel model) {
        this.support = model.promptSupport();
    }

    Rendered render(ChatPrompt prompt) {
        String whole;
        if (support.isPresent()) {
            whole = support.get()
                    .builder()
                    .addSystemMessage(prompt.instructions())
                    .addUserMessage(SENTINEL)
                    .build()
                    .getPrompt();
        } else {
            whole = prompt.instructions() + "\n\n" + SENTINEL + "\n\nAnswer:\n";
        }
        int at = whole.indexOf(SENTINEL);
        if (at < 0) {
            // A template that drops or rewrites the message: no reusable prefix.
            return new Rendered("", whole.replace(SENTINEL, prompt.userMessage()));
        }
        return new Rendered(whole.substring(0, at), prompt.userMessage() + whole.substring(at + SENTINEL.length()));
    }
}
