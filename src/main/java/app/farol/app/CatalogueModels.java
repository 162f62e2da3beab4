package app.farol.app;

import app.farol.core.model.CatalogueEntry;
import app.farol.core.model.LocalModelFolder;
import app.farol.core.model.ModelCatalogue;
import app.farol.core.model.ModelDownloader;
import app.farol.core.model.ModelsHome;
import app.farol.core.util.CancelToken;
import app.farol.ui.settings.ModelManager;
import java.nio.file.Path;
import java.util.List;

/**
 * Adapts the model catalogue, downloader and folder checks to the model manager in Settings.
 * {@link #download} is the only network access the desktop makes, and only on the user's click.
 */
final class CatalogueModels implements ModelManager {
    private final ModelsHome home;

    CatalogueModels(ModelsHome home) {
        this.home = home;
    }

    @Override
    public List<Offer> catalogue() {
        return ModelCatalogue.entries().stream().map(e -> {
            Path folder = home.folderOf(e);
            return new Offer(e.id(), e.description(), e.downloadBytes(), LocalModelFolder.problems(folder).isEmpty() ? folder : null);
        }).toList();
    }

    @Override
    public Path download(Offer offer, Progress progress, CancelToken cancel) {
        CatalogueEntry e = ModelCatalogue.find(offer.id());
        return new ModelDownloader(ModelDownloader.HUGGING_FACE).download(e.repository(), home.folderOf(e),
                (file, done, total) -> progress.bytes(done, total), cancel);
    }

    @Override
    public List<String> problems(Path folder) {
        return LocalModelFolder.problems(folder);
    }
}
