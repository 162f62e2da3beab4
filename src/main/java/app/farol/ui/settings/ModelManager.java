package app.farol.ui.settings;

import app.farol.core.util.CancelToken;
import java.nio.file.Path;
import java.util.List;

/**
 * What the model manager in Settings needs: the seam to {@code app.farol.core.model}
 * (ModelCatalogue, ModelDownloader, ModelsHome, LocalModelFolder on branch {@code answer}), which
 * the app adapts to this interface. All methods but {@link #catalogue()} may take time or touch
 * the network, and are called on background threads.
 */
public interface ModelManager {

    /** Models the user can download, smallest first; empty when there is no catalogue. */
    List<Offer> catalogue();

    /** Downloads a model (resuming a partial download) and returns its folder. */
    Path download(Offer offer, Progress progress, CancelToken cancel);

    /** Why a folder cannot be used as a model, in words for the user; empty when it can. */
    List<String> problems(Path folder);

    /** The model answers come from when the setting is automatic: the one installed, if any. */
    default java.util.Optional<Path> installed() {
        return java.util.Optional.empty();
    }

    /** This computer's memory in bytes (0 when unknown), to compare each model's need with. */
    default long machineMemory() {
        return 0;
    }

    /**
     * A model of the catalogue.
     *
     * @param id short name
     * @param description one line for the user
     * @param downloadBytes size of the download
     * @param installedFolder its folder when already downloaded, else null
     * @param memoryBytes about how much memory it needs to answer (0 when unknown)
     * @param source where it downloads from, as a web address
     * @param licence the licence of its weights
     */
    record Offer(
            String id,
            String description,
            long downloadBytes,
            Path installedFolder,
            long memoryBytes,
            String source,
            String licence) {
        public Offer(String id, String description, long downloadBytes, Path installedFolder) {
            this(id, description, downloadBytes, installedFolder, 0, "", "");
        }
    }

    /** Download progress; called on the downloading thread. */
    @FunctionalInterface
    interface Progress {
        void bytes(long done, long total);
    }
}
