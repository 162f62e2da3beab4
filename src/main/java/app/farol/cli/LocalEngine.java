package app.farol.cli;

import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.llm.JlamaEngine;
import app.farol.core.model.ModelsHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The local model a command answers with: the folder given with {@code --model}, none for
 * {@code --model none}, else the one chosen with {@code farol models use}. Closing it frees the
 * model's memory.
 */
record LocalEngine(JlamaEngine engine) implements AutoCloseable {

    static LocalEngine load(String model, PrintWriter err) {
        Optional<Path> folder;
        if ("none".equalsIgnoreCase(model)) {
            folder = Optional.empty();
        } else if (model != null) {
            folder = Optional.of(Path.of(model));
        } else {
            folder = ModelsHome.fromSettings().activeModel();
            if (folder.isEmpty()) {
                err.println("No model installed: answering with sentences from the passages. "
                        + "See 'farol models list' to install one.");
            }
        }
        if (folder.isEmpty()) {
            return new LocalEngine(null);
        }
        err.println("Loading the model in " + folder.get() + " ...");
        err.flush();
        JlamaEngine engine = JlamaEngine.load(folder.get());
        engine.prepare(AnswerPrompt.INSTRUCTIONS);
        return new LocalEngine(engine);
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
