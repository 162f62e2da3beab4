package app.farol.core.model;

/** Progress of a model download, reported on the downloading thread. */
@FunctionalInterface
public interface DownloadListener {

    /**
     * @param file the file being fetched
     * @param doneBytes bytes of all files present so far (resumed bytes included)
     * @param totalBytes bytes of all files
     */
    void onProgress(String file, long doneBytes, long totalBytes);

    DownloadListener NONE = (f, d, t) -> {};
}
