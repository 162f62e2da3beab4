package app.farol.cli;

import app.farol.core.index.IndexListener;
import app.farol.core.index.IndexProgress;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar on standard error for an indexing run: files, chunks/s, time left. */
final class TerminalProgress implements IndexListener, AutoCloseable {
    private ProgressBar bar;

    @Override
    public void onScanned(int filesFound, int filesToProcess) {
        System.err.printf(Locale.ROOT, "%d files found, %d to index%n", filesFound, filesToProcess);
        if (filesToProcess > 0) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Indexing")
                    .setInitialMax(filesToProcess)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" files", 1)
                    .build();
        }
    }

    @Override
    public void onProgress(IndexProgress p) {
        if (bar != null) {
            bar.stepTo(p.filesDone());
            bar.setExtraMessage(
                    String.format(Locale.ROOT, " %d chunks, %.0f chunks/s", p.chunksDone(), p.chunksPerSecond()));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
