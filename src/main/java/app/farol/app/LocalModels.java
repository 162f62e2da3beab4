package app.farol.app;

import app.farol.core.util.CancelToken;
import app.farol.core.util.FarolException;
import app.farol.ui.settings.ModelManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in model manager while {@code core.model} (branch {@code answer}) is merged: no
 * catalogue, and a folder check by file names only. Replace it with an adapter of ModelCatalogue,
 * ModelDownloader and LocalModelFolder when the branches meet.
 */
final class LocalModels implements ModelManager {

    @Override
    public List<Offer> catalogue() {
        return List.of();
    }

    @Override
    public Path download(Offer offer, Progress progress, CancelToken cancel) {
        throw new FarolException("downloading models is not available in this build");
    }

    @Override
    public List<String> problems(Path folder) {
        List<String> p = new ArrayList<>();
        for (String name : List.of("config.json", "tokenizer.json")) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                p.add(name + " is missing");
            }
        }
        if (!Files.isRegularFile(folder.resolve("model.safetensors")) && !Files.isRegularFile(folder.resolve("model.safetensors.index.json"))) {
            p.add("model.safetensors is missing");
        }
        return p;
    }
}
