package app.farol.core.model;

import app.farol.core.util.CancelToken;
import app.farol.core.util.CancelledException;
import app.farol.core.util.FarolException;
import app.farol.core.util.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a pinned model from a Hugging Face compatible server into the models folder: exactly
 * the files of its {@link ModelPin}, from {@code /REPO/resolve/COMMIT/PATH}. This is the only code
 * that touches the network (with {@link ModelPinner}), and only when the user asks.
 *
 * <p>Integrity: a file is kept only when its size and SHA-256 are the pinned ones; a body longer
 * than the pinned size is cut off and deleted; a file the server has but the pin does not list is
 * never requested. Before anything is fetched, the free space for what is missing is checked.
 * Each file is written to {@code PATH.part}, resumed with a range request after an interruption
 * (up to {@link #ATTEMPTS} times, and again on the next run), then renamed. The folder carries an
 * {@link #IN_PROGRESS} marker until every file is verified; {@link LocalModelFolder} refuses it.
 *
 * <p>Network: connect timeout, and a read timeout that a {@link StallWatch} enforces on the
 * body; Cancel and a stall both shut the connection down at once (the blocked read fails),
 * so a cancel returns within a fraction of a second even when the server sends nothing. The
 * system proxy is used ({@link Proxies}). Not thread-safe: one download per folder.
 */
public final class ModelDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelDownloader.class);
    /** Marker file present in a model folder while its download is unfinished. */
    public static final String IN_PROGRESS = ".farol-download-in-progress";

    public static final URI HUGGING_FACE = URI.create("https://huggingface.co");
    static final int ATTEMPTS = 3;
    /** Kept free beyond the model's own bytes, so a download never fills the disk to the brim. */
    static final long SPARE_BYTES = 50_000_000L;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final Duration readTimeout;

    public ModelDownloader(URI base) {
        this(base, Duration.ofSeconds(60));
    }

    ModelDownloader(URI base, Duration readTimeout) {
        this.base = base;
        this.readTimeout = readTimeout;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT)
                .proxy(Proxies.system())
                .build();
    }

    /**
     * Downloads the pinned files of {@code repository} into {@code target}, resuming whatever an
     * earlier attempt left.
     *
     * @return {@code target}, now a usable model folder
     * @throws FarolException when the server fails, a size or checksum does not match (the bad
     *     file is deleted), the disk lacks room, or the connection keeps breaking or stalling;
     *     what was verified is kept for the next run
     * @throws CancelledException when {@code cancel} is set; partial files are kept for resuming
     */
    public Path download(String repository, ModelPin pin, Path target, DownloadListener listener, CancelToken cancel) {
        long total = pin.totalBytes();
        try {
            PrivateFiles.createFolders(target);
            checkFreeSpace(pin, target);
            Files.writeString(target.resolve(IN_PROGRESS), repository + "\n");
            long done = 0;
            for (ModelPin.PinnedFile f : pin.files()) {
                fetch(repository, pin.commit(), f, target, done, total, listener, cancel);
                done += f.size();
            }
            Files.delete(target.resolve(IN_PROGRESS));
        } catch (IOException e) {
            throw new FarolException("Could not write the model to " + target + ": " + e.getMessage(), e);
        }
        LocalModelFolder.requireUsable(target);
        return target;
    }

    private static void checkFreeSpace(ModelPin pin, Path target) throws IOException {
        long missing = 0;
        for (ModelPin.PinnedFile f : pin.files()) {
            Path dest = target.resolve(f.path());
            long have = Files.isRegularFile(dest)
                    ? Files.size(dest)
                    : sizeOf(dest.resolveSibling(dest.getFileName() + ".part"));
            missing += Math.max(0, f.size() - have);
        }
        long free = Files.getFileStore(target).getUsableSpace();
        if (missing + SPARE_BYTES > free) {
            throw new FarolException("The model needs " + missing / 1_000_000 + " MB more but only " + free / 1_000_000
                    + " MB are free on the disk of " + target + ". Free some space, or choose another models folder.");
        }
    }

    private void fetch(
            String repo,
            String commit,
            ModelPin.PinnedFile f,
            Path dir,
            long before,
            long total,
            DownloadListener listener,
            CancelToken cancel)
            throws IOException {
        Path dest = dir.resolve(f.path()).normalize();
        if (!dest.startsWith(dir)) {
            throw new FarolException("The model pin lists an unsafe file name: " + f.path());
        }
        if (Files.isRegularFile(dest)
                && Files.size(dest) == f.size()
                && Checksums.sha256(dest).equalsIgnoreCase(f.sha256())) {
            listener.onProgress(f.path(), before + f.size(), total);
            return;
        }
        PrivateFiles.createFolders(dest.getParent());
        Path part = dest.resolveSibling(dest.getFileName() + ".part");
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                transfer(repo, commit, f, part, before, total, listener, cancel);
                last = null;
                break;
            } catch (IOException e) {
                if (cancel.isCancelled()) {
                    throw new CancelledException();
                }
                last = e;
                LOG.warn(
                        "Download of {} broke off at {} bytes (attempt {}): {}",
                        f.path(),
                        sizeOf(part),
                        attempt,
                        e.getMessage());
            }
        }
        if (last != null) {
            throw new FarolException(
                    "The download of " + f.path() + " keeps breaking off (" + last.getMessage()
                            + "). Run it again to resume from " + sizeOf(part) + " bytes.",
                    last);
        }
        if (Files.size(part) != f.size() || !Checksums.sha256(part).equalsIgnoreCase(f.sha256())) {
            Files.delete(part);
            throw new FarolException("The downloaded " + f.path() + " does not match its pinned size and checksum;"
                    + " it was deleted. Try the download again.");
        }
        Files.move(part, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void transfer(
            String repo,
            String commit,
            ModelPin.PinnedFile f,
            Path part,
            long before,
            long total,
            DownloadListener listener,
            CancelToken cancel)
            throws IOException {
        long have = sizeOf(part);
        if (have >= f.size()) {
            return;
        }
        String encoded = URLEncoder.encode(f.path(), StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%2F", "/");
        HttpRequest.Builder req = HttpRequest.newBuilder(
                        base.resolve("/" + repo + "/resolve/" + commit + "/" + encoded))
                .timeout(readTimeout)
                .GET();
        if (have > 0) {
            req.header("Range", "bytes=" + have + "-");
        }
        HttpClient http = newClient();
        try (StallWatch watch = new StallWatch(http, readTimeout, cancel)) {
            HttpResponse<InputStream> r = send(http, req.build(), watch, cancel);
            boolean append = r.statusCode() == 206;
            if (r.statusCode() != 200 && !append) {
                r.body().close();
                throw new FarolException("The model server answered " + r.statusCode() + " for " + f.path() + ".");
            }
            long written = append ? have : 0;
            StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
            try (InputStream in = r.body();
                    OutputStream out =
                            Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
                PrivateFiles.restrictFile(part);
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf, 0, (int) Math.min(buf.length, Math.max(1, f.size() - written)))) > 0) {
                    watch.progress();
                    if (written + n > f.size()) {
                        out.close();
                        Files.delete(part);
                        throw new FarolException("The model server sent more than the pinned " + f.size() + " bytes of "
                                + f.path() + "; the file was deleted. Try again later, or another server.");
                    }
                    out.write(buf, 0, n);
                    written += n;
                    listener.onProgress(f.path(), before + written, total);
                    if (cancel.isCancelled()) {
                        throw new CancelledException();
                    }
                }
            } catch (IOException e) {
                throw watch.explain(e);
            }
            if (written < f.size()) {
                throw new IOException("connection closed after " + written + " of " + f.size() + " bytes");
            }
        } finally {
            http.shutdownNow();
        }
    }

    private static HttpResponse<InputStream> send(
            HttpClient http, HttpRequest request, StallWatch watch, CancelToken cancel) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
            throw watch.explain(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
