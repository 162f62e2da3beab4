package app.farol.cli;

import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.JlamaEngine;
import app.farol.core.answer.llm.ModelServer;
import app.farol.core.model.ModelsHome;
import app.farol.core.secrets.Keyrings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The model a command answers with: a model server given with {@code --model-server}, else the
 * local folder given with {@code --model}, none for {@code --model none}, else the one chosen with
 * {@code farol models use}. Closing it frees the model's memory.
 */
record AnswerEngine(ChatEngine engine) implements AutoCloseable {

    static AnswerEngine load(String model, String modelServer, PrintWriter err) {
        if (modelServer != null) {
            ModelServer server = ModelServer.parse(modelServer, System.getenv(), Keyrings.system());
            err.println("Answering with the model server " + server.baseUrl()
                    + " (each question's passages are sent there) ...");
            err.flush();
            return new AnswerEngine(server.connect());
        }
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
            return new AnswerEngine(null);
        }
        err.println("Loading the model in " + folder.get() + " ...");
        err.flush();
        JlamaEngine engine = JlamaEngine.load(folder.get());
        engine.prepare(AnswerPrompt.INSTRUCTIONS);
        return new AnswerEngine(engine);
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
    }
}
