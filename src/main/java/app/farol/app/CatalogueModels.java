package app.farol.app;

import app.farol.core.model.CatalogueEntry;
import app.farol.core.model.LocalModelFolder;
import app.farol.core.model.ModelCatalogue;
import app.farol.core.model.ModelDownloader;
import app.farol.core.model.ModelPin;
import app.farol.core.model.ModelPins;
import app.farol.core.model.ModelsHome;
import app.farol.core.util.CancelToken;
import app.farol.ui.settings.ModelManager;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Adapts the model catalogue, downloader and folder checks to the model manager in Settings.
 * {@link #download} is the only network access the desktop makes, and only on the user's click.
 */
public final class CatalogueModels implements ModelManager {
    private final ModelsHome home;
    private final URI server;
    private final java.util.function.Function<CatalogueEntry, ModelPin> pins;

    /**
     * @param home where models are stored
     * @param server the Hugging Face compatible server to download from ({@link ModelDownloader#HUGGING_FACE})
     */
    public CatalogueModels(ModelsHome home, URI server) {
        this(home, server, ModelPins::require);
    }

    /** @param pins the pin of each catalogue entry (tests pin their local server's files) */
    public CatalogueModels(ModelsHome home, URI server, java.util.function.Function<CatalogueEntry, ModelPin> pins) {
        this.home = home;
        this.server = server;
        this.pins = pins;
    }

    @Override
    public List<Offer> catalogue() {
        return ModelCatalogue.entries().stream()
                .map(e -> {
                    Path folder = home.folderOf(e);
                    return new Offer(
                            e.id(),
                            e.description(),
                            e.downloadBytes(),
                            LocalModelFolder.problems(folder).isEmpty() ? folder : null,
                            e.memoryBytes(),
                            server.resolve("/" + e.repository()).toString(),
                            e.licence());
                })
                .toList();
    }

    @Override
    public Path download(Offer offer, Progress progress, CancelToken cancel) {
        CatalogueEntry e = ModelCatalogue.find(offer.id());
        return new ModelDownloader(server)
                .download(
                        e.repository(),
                        pins.apply(e),
                        home.folderOf(e),
                        (file, done, total) -> progress.bytes(done, total),
                        cancel);
    }

    @Override
    public java.util.Optional<Path> installed() {
        return home.activeModel();
    }

    @Override
    public long machineMemory() {
        // Through the platform MBean (standard API) rather than the JDK's own com.sun.management type.
        try {
            Object total = java.lang.management.ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new javax.management.ObjectName("java.lang:type=OperatingSystem"), "TotalMemorySize");
            return total instanceof Long bytes ? bytes : 0;
        } catch (javax.management.JMException | RuntimeException e) {
            return 0; // unknown: the section then gives each model's need alone
        }
    }

    @Override
    public List<String> problems(Path folder) {
        return LocalModelFolder.problems(folder);
    }
}
