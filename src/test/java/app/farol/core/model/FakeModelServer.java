package app.farol.core.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A Hugging Face look-alike on 127.0.0.1 serving one model folder: the tree listing with
 * checksums and the files with range requests. Can cut the first response of a file short and
 * publish a wrong checksum.
 */
final class FakeModelServer implements AutoCloseable {
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Path folder;
    private final String repo;
    volatile String cutFile;
    volatile long cutAfter;
    volatile String wrongChecksumFile;
    /** The commit the fake {@code main} points at. */
    static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    /** Sends this file's first {@link #stallAfter} bytes, then nothing until closed. */
    volatile String stallFile;

    volatile long stallAfter;
    /** Sends this many bytes more than the file holds for {@link #longFile}. */
    volatile String longFile;

    volatile int extraBytes;
    private final java.util.concurrent.CountDownLatch closing = new java.util.concurrent.CountDownLatch(1);

    FakeModelServer(Path folder, String repo) throws IOException {
        this.folder = folder;
        this.repo = repo;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(
                java.util.concurrent.Executors.newCachedThreadPool()); // a stalled response must not block the others
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String range = ex.getRequestHeaders().getFirst("Range");
        requests.add(path + (range == null ? "" : " " + range));
        try (ex) {
            if (path.equals("/api/models/" + repo + "/revision/main")) {
                byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("sha", COMMIT));
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            if (path.equals("/api/models/" + repo + "/tree/main")
                    || path.equals("/api/models/" + repo + "/tree/" + COMMIT)) {
                byte[] body = tree();
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            String prefix = "/" + repo + "/resolve/";
            String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
            Path file = rest.startsWith("main/") || rest.startsWith(COMMIT + "/")
                    ? folder.resolve(rest.substring(rest.indexOf('/') + 1))
                    : null;
            if (file == null || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] all = Files.readAllBytes(file);
            int from = range == null ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-.*", "$1"));
            String name = file.getFileName().toString();
            int extra = name.equals(longFile) ? extraBytes : 0;
            ex.sendResponseHeaders(range == null ? 200 : 206, all.length - from + extra);
            OutputStream out = ex.getResponseBody();
            if (name.equals(stallFile)) {
                out.write(all, from, (int) stallAfter);
                out.flush();
                try {
                    closing.await(); // a silent server: the connection stays open, no byte comes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (extra > 0) {
                out.write(all, from, all.length - from);
                out.write(new byte[extra]);
                return;
            }
            if (name.equals(cutFile)) {
                cutFile = null; // only the first response is cut
                out.write(all, from, (int) cutAfter);
                out.flush();
                throw new IOException("cut on purpose");
            }
            out.write(all, from, all.length - from);
        }
    }

    /** The pin a maintainer would produce for this folder: every .json and .safetensors file. */
    ModelPin pin() throws IOException {
        List<ModelPin.PinnedFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path f : list.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".safetensors")) {
                    files.add(new ModelPin.PinnedFile(name, Files.size(f), Checksums.sha256(f)));
                }
            }
        }
        return new ModelPin(COMMIT, files);
    }

    private byte[] tree() throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("type", "file");
                e.put("path", name);
                e.put("size", Files.size(f));
                e.put("oid", Checksums.gitBlobSha1(f));
                if (name.endsWith(".safetensors")) {
                    String sha = name.equals(wrongChecksumFile) ? "00".repeat(32) : Checksums.sha256(f);
                    e.put("lfs", Map.of("oid", sha, "size", Files.size(f)));
                }
                entries.add(e);
            }
        }
        return new ObjectMapper().writeValueAsBytes(entries);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
