package app.farol.app;

import app.farol.core.answer.context.AnswerPrompt;
import app.farol.core.answer.llm.ChatEngine;
import app.farol.core.answer.llm.JlamaEngine;
import app.farol.core.answer.llm.ModelServer;
import app.farol.core.model.ModelsHome;
import app.farol.core.secrets.Keyrings;
import app.farol.core.settings.Settings;
import app.farol.core.util.FarolException;
import app.farol.ui.MainWindow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the chosen language model in the background (seconds to minutes) and hands it to the
 * answer path; answers are extractive until it is ready. One load at a time, in the order asked.
 * A folder chosen in the desktop also becomes the command line's model ({@code farol models use}),
 * so both answer with the same one.
 */
final class ModelLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ModelLoader.class);

    private final ModelsHome home;
    private final AnswerServiceBackend answers;
    private final MainWindow window;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("farol-model").daemon().unstarted(r));

    ModelLoader(ModelsHome home, AnswerServiceBackend answers, MainWindow window) {
        this.home = home;
        this.answers = answers;
        this.window = window;
    }

    /**
     * Answers with what the settings choose: the team's model server when one is set, else the
     * local model of {@link Settings#modelFolder()}.
     */
    void load(Settings settings) {
        String server = settings.team().modelServer();
        if (server.isEmpty()) {
            load(settings.modelFolder());
        } else {
            connect(server);
        }
    }

    /** Connects to a model server (the key from the environment or the keyring) and answers with it. */
    private void connect(String url) {
        worker.execute(() -> {
            try {
                ModelServer server = ModelServer.parse(url, System.getenv(), Keyrings.system());
                answers.loadingStarted();
                SwingUtilities.invokeLater(
                        () -> window.modelLoading(server.baseUrl().getHost()));
                ChatEngine previous = answers.setEngine(server.connect());
                if (previous != null) {
                    previous.close();
                }
                SwingUtilities.invokeLater(() -> window.modelReady(answers));
            } catch (FarolException e) {
                answers.loadingFailed();
                LOG.warn("Model server not connected: {}", e.getMessage());
                SwingUtilities.invokeLater(() -> window.modelFailed(e.getMessage()));
            }
        });
    }

    /** Loads the model for this choice ("" automatic, {@link Settings#NO_MODEL}, or a folder). */
    void load(String choice) {
        worker.execute(() -> {
            Optional<Path> folder = resolve(choice);
            ChatEngine next = null;
            try {
                if (folder.isPresent()) {
                    String name = folder.get().getFileName().toString();
                    answers.loadingStarted();
                    SwingUtilities.invokeLater(() -> window.modelLoading(name));
                    JlamaEngine engine = JlamaEngine.load(folder.get());
                    engine.prepare(AnswerPrompt.INSTRUCTIONS);
                    next = engine;
                }
                ChatEngine previous = answers.setEngine(next);
                if (previous != null) {
                    previous.close(); // waits for an answer it may still be writing
                }
                SwingUtilities.invokeLater(() -> window.modelReady(answers));
            } catch (FarolException e) {
                answers.loadingFailed();
                LOG.warn("Model not loaded: {}", e.getMessage());
                SwingUtilities.invokeLater(() -> window.modelFailed(e.getMessage()));
            }
        });
    }

    private Optional<Path> resolve(String choice) {
        if (choice.equals(Settings.NO_MODEL)) {
            return Optional.empty();
        }
        if (choice.isEmpty()) {
            return home.activeModel();
        }
        Path folder = Path.of(choice);
        try {
            home.use(folder);
        } catch (FarolException e) {
            LOG.warn("Could not record {} as the command line's model: {}", folder, e.getMessage());
        }
        return Optional.of(folder);
    }

    @Override
    public void close() {
        worker.execute(() -> {
            ChatEngine engine = answers.setEngine(null);
            if (engine != null) {
                engine.close();
            }
        });
        worker.shutdown();
    }
}
