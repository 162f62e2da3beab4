package app.farol.core.answer.llm;

import app.farol.bench.ModelShape;
import app.farol.bench.RandomModelWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One tiny random model per test JVM, written on first use. */
public final class TinyModels {
    private static Path folder;
    private static JlamaEngine engine;

    private TinyModels() {}

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path dir = Files.createTempDirectory("farol-tiny-model");
                folder = dir.resolve("tiny-llama");
                RandomModelWriter.write(folder, ModelShape.tiny(0), RandomModelWriter.Options.tinyForTests());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return folder;
    }

    /** A shared engine; tests that change its settings must restore them. */
    public static synchronized JlamaEngine engine() {
        if (engine == null) {
            engine = JlamaEngine.load(folder());
        }
        return engine;
    }
}
