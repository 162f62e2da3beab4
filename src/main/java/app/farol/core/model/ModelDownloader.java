package app.farol.core.model;

/** Downloads a catalogue model (placeholder). */
public final class ModelDownloader {
    /** Marker file present in a model folder while its download is unfinished. */
    public static final String IN_PROGRESS = ".farol-download-in-progress";

    private ModelDownloader() {}
}
