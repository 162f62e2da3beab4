package app.farol.core.model;

import app.farol.core.util.FarolException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that a folder holds a model Jlama can run, without loading it. Stateless.
 *
 * <p>A folder is usable when it has {@code config.json} with a supported {@code model_type},
 * {@code tokenizer.json}, and {@code model.safetensors} (or a sharded index), and no
 * {@link ModelDownloader#IN_PROGRESS} marker of an unfinished download.
 */
public final class LocalModelFolder {
    private static final List<String> SUPPORTED =
            List.of("llama", "mistral", "qwen2", "gemma", "gemma2", "granite", "mixtral");

    /** What a model folder holds. */
    public record Summary(
            Path folder, String modelType, int layers, int hiddenSize, long weightBytes, boolean chatTemplate) {}

    private LocalModelFolder() {}

    /** Problems that keep the folder from being used; empty when it is usable. */
    public static List<String> problems(Path folder) {
        List<String> p = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            p.add(folder + " is not a folder");
            return p;
        }
        if (Files.exists(folder.resolve(ModelDownloader.IN_PROGRESS))) {
            p.add("its download has not finished (run the download again to resume it)");
        }
        if (!Files.isRegularFile(folder.resolve("config.json"))) {
            p.add("config.json is missing");
        } else {
            String type = readConfig(folder).path("model_type").asText("");
            if (!SUPPORTED.contains(type)) {
                p.add("model_type '" + type + "' is not one Jlama runs (" + String.join(", ", SUPPORTED) + ")");
            }
        }
        if (!Files.isRegularFile(folder.resolve("tokenizer.json"))) {
            p.add("tokenizer.json is missing");
        }
        if (!Files.isRegularFile(folder.resolve("model.safetensors"))
                && !Files.isRegularFile(folder.resolve("model.safetensors.index.json"))) {
            p.add("model.safetensors is missing");
        }
        return p;
    }

    /**
     * @throws FarolException naming the folder and what is wrong with it
     */
    public static void requireUsable(Path folder) {
        List<String> p = problems(folder);
        if (!p.isEmpty()) {
            throw new FarolException("The model folder " + folder + " cannot be used: " + String.join("; ", p) + ".");
        }
    }

    public static Summary describe(Path folder) {
        requireUsable(folder);
        JsonNode c = readConfig(folder);
        boolean template = false;
        Path tc = folder.resolve("tokenizer_config.json");
        if (Files.isRegularFile(tc)) {
            try {
                template = new ObjectMapper().readTree(tc.toFile()).has("chat_template");
            } catch (IOException e) {
                template = false;
            }
        }
        return new Summary(
                folder,
                c.path("model_type").asText(),
                c.path("num_hidden_layers").asInt(),
                c.path("hidden_size").asInt(),
                weightBytes(folder),
                template);
    }

    /** Total size of the folder's {@code .safetensors} files. */
    public static long weightBytes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".safetensors"))
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static JsonNode readConfig(Path folder) {
        try {
            return new ObjectMapper().readTree(folder.resolve("config.json").toFile());
        } catch (IOException e) {
            throw new FarolException(
                    "The model folder " + folder + " has an unreadable config.json: " + e.getMessage(), e);
        }
    }
}
