package app.farol.core.model;

import app.farol.core.util.CancelToken;
import app.farol.core.util.CancelledException;
import app.farol.core.util.FarolException;
import app.farol.core.util.PrivateFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a model repository from a Hugging Face compatible server into the models folder:
 * the file list (with checksums) from {@code /api/models/REPO/tree/main}, each file from
 * {@code /REPO/resolve/main/PATH}. This is the only code that touches the network, and only when
 * the user asks for a download.
 *
 * <p>Each file is written to {@code PATH.part}, resumed with an HTTP range request after an
 * interruption (automatically up to {@link #ATTEMPTS} times, and again on the next run), checked
 * against its size and checksum, then renamed. The folder carries an {@link #IN_PROGRESS} marker
 * until every file is verified, and {@link LocalModelFolder} refuses a folder with that marker,
 * so a half-written download is never used as a model. Not thread-safe: one download per folder.
 */
public final class ModelDownloader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelDownloader.class);
    /** Marker file present in a model folder while its download is unfinished. */
    public static final String IN_PROGRESS = ".farol-download-in-progress";
    public static final URI HUGGING_FACE = URI.create("https://huggingface.co");
    static final int ATTEMPTS = 3;
    private static final List<String> SUFFIXES = List.of(".json", ".safetensors");

    private final URI base;
    private final HttpClient http;

    public ModelDownloader(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** The files of the repository a model needs (configuration, tokenizer, weights). */
    public List<RemoteFile> listFiles(String repository) {
        URI uri = base.resolve("/api/models/" + repository + "/tree/main");
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new FarolException("The model server answered " + r.statusCode() + " for " + uri + ".");
            }
            List<RemoteFile> files = new ArrayList<>();
            for (JsonNode n : new ObjectMapper().readTree(r.body())) {
                String path = n.path("path").asText();
                if (!"file".equals(n.path("type").asText("file")) || SUFFIXES.stream().noneMatch(path::endsWith)) {
                    continue;
                }
                JsonNode lfs = n.path("lfs");
                files.add(new RemoteFile(path, lfs.isMissingNode() ? n.path("size").asLong() : lfs.path("size").asLong(),
                        lfs.isMissingNode() ? null : lfs.path("oid").asText(null), n.path("oid").asText(null)));
            }
            return files;
        } catch (IOException e) {
            throw new FarolException("Could not reach the model server " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarolException("The download was interrupted.", e);
        }
    }

    /**
     * Downloads {@code repository} into {@code target}, resuming whatever an earlier attempt left.
     *
     * @return {@code target}, now a usable model folder
     * @throws FarolException when the server fails, a checksum does not match (the bad file is
     *     deleted) or the connection keeps breaking; what was verified is kept for the next run
     * @throws CancelledException when {@code cancel} is set; partial files are kept for resuming
     */
    public Path download(String repository, Path target, DownloadListener listener, CancelToken cancel) {
        List<RemoteFile> files = listFiles(repository);
        if (files.stream().noneMatch(f -> f.path().endsWith(".safetensors"))) {
            throw new FarolException("The repository " + repository + " has no .safetensors weights.");
        }
        long total = files.stream().mapToLong(RemoteFile::size).sum();
        try {
            PrivateFiles.createFolders(target);
            Files.writeString(target.resolve(IN_PROGRESS), repository + "\n");
            long done = 0;
            for (RemoteFile f : files) {
                fetch(repository, f, target, done, total, listener, cancel);
                done += f.size();
            }
            Files.delete(target.resolve(IN_PROGRESS));
        } catch (IOException e) {
            throw new FarolException("Could not write the model to " + target + ": " + e.getMessage(), e);
        }
        LocalModelFolder.requireUsable(target);
        return target;
    }

    private void fetch(String repo, RemoteFile f, Path dir, long before, long total, DownloadListener listener,
            CancelToken cancel) throws IOException {
        Path dest = dir.resolve(f.path()).normalize();
        if (!dest.startsWith(dir)) {
            throw new FarolException("The model server listed an unsafe file name: " + f.path());
        }
        if (Files.isRegularFile(dest) && Files.size(dest) == f.size() && Checksums.matches(dest, f)) {
            listener.onProgress(f.path(), before + f.size(), total);
            return;
        }
        PrivateFiles.createFolders(dest.getParent());
        Path part = dest.resolveSibling(dest.getFileName() + ".part");
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                transfer(repo, f, part, before, total, listener, cancel);
                last = null;
                break;
            } catch (IOException e) {
                last = e;
                LOG.warn("Download of {} broke off at {} bytes (attempt {}): {}", f.path(), sizeOf(part), attempt, e.getMessage());
            }
        }
        if (last != null) {
            throw new FarolException("The download of " + f.path() + " keeps breaking off (" + last.getMessage()
                    + "). Run it again to resume from " + sizeOf(part) + " bytes.", last);
        }
        if (Files.size(part) != f.size() || !Checksums.matches(part, f)) {
            Files.delete(part);
            throw new FarolException("The downloaded " + f.path() + " does not match its published size and checksum;"
                    + " it was deleted. Try the download again.");
        }
        Files.move(part, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void transfer(String repo, RemoteFile f, Path part, long before, long total, DownloadListener listener,
            CancelToken cancel) throws IOException {
        long have = sizeOf(part);
        if (have >= f.size()) {
            return;
        }
        String encoded = URLEncoder.encode(f.path(), StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
        HttpRequest.Builder req = HttpRequest.newBuilder(base.resolve("/" + repo + "/resolve/main/" + encoded)).GET();
        if (have > 0) {
            req.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> r;
        try {
            r = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        boolean append = r.statusCode() == 206;
        if (r.statusCode() != 200 && !append) {
            r.body().close();
            throw new FarolException("The model server answered " + r.statusCode() + " for " + f.path() + ".");
        }
        long written = append ? have : 0;
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream in = r.body();
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                written += n;
                listener.onProgress(f.path(), before + written, total);
                if (cancel.isCancelled()) {
                    throw new CancelledException();
                }
            }
        }
        if (written < f.size()) {
            throw new IOException("connection closed after " + written + " of " + f.size() + " bytes");
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
